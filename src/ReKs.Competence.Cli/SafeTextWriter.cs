using System.Text;
using ReKs.Competence.Reporting;

namespace ReKs.Competence.Cli;

/// <summary>A writer in front of the terminal that passes the tool's own line breaks and shows every other control character.</summary>
/// <remarks>A carriage return is only passed as part of CR LF; one split across two writes is shown, which is harmless.</remarks>
internal sealed class SafeTextWriter : TextWriter
{
    private readonly TextWriter inner;

    public SafeTextWriter(TextWriter inner)
    {
        this.inner = inner;
        NewLine = inner.NewLine;
    }

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(value is '\n' or '\t' or '\r' || !char.IsControl(value) ? value : Terminal.StandIn(value));

    public override void Write(string? value) => inner.Write(value is null ? null : Terminal.SafeLines(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : Terminal.SafeLines(value));

    public override void Flush() => inner.Flush();
}
