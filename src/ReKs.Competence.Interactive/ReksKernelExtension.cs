using Microsoft.DotNet.Interactive;

namespace ReKs.Competence.Interactive;

/// <summary>The kernel extension: registers the formatters (<see cref="ReksFormatters.Register()"/>) when a .NET Interactive host loads it.</summary>
/// <remarks>A notebook that loads the package with <c>#r "nuget: ReKs.Competence.Interactive"</c> needs no call: the
/// package carries <c>interactive-extensions/dotnet/extension.dib</c>, which .NET Interactive runs on load. Hosts that
/// build their own kernel can load this extension instead.</remarks>
/// <threadsafety>This type has no state; <see cref="OnLoadAsync"/> changes the process-wide formatter table (see <see cref="ReksFormatters"/>).</threadsafety>
public sealed class ReksKernelExtension : IKernelExtension
{
    /// <summary>Registers the formatters with English text.</summary>
    /// <param name="kernel">The kernel loading the extension.</param>
    /// <returns>A completed task.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kernel"/> is <see langword="null"/>.</exception>
    public Task OnLoadAsync(Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ReksFormatters.Register();
        return Task.CompletedTask;
    }
}
