namespace ReKs.Competence.Cli.Tests;

/// <summary>The progress bar: drawn on a terminal, cleared afterwards, and never in redirected output.</summary>
public class ProgressBarTests
{
    [Fact]
    public void Report_Half_DrawsAHalfFullBarThatDisposeClears()
    {
        var error = new StringWriter();
        using (var bar = ProgressBar.Always(error, "plan"))
        {
            bar.Report(0.5);
            Assert.Equal("\rplan [###############...............]  50%", error.ToString());
        }

        Assert.EndsWith("\r" + new string(' ', 42) + "\r", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void For_RedirectedError_NeverDraws()
    {
        var error = new StringWriter();
        using (var bar = ProgressBar.For(error, "plan"))
        {
            bar.Report(1);
            bar.Phase("analysing");
        }

        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void Gaps_ErrorCaptured_HasNoProgressOutput()
    {
        var (exit, _, error) = CliRunner.Run("gaps", CliRunner.Example("gjovik-region.json"), "--as-of", "2026-09-01");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
    }
}
