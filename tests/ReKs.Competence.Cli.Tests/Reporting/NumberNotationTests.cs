using ReKs.Competence.Model;
using ReKs.Competence.Reporting;

namespace ReKs.Competence.Cli.Tests.Reporting;

/// <summary>Kroner and every other number the reader sees share one notation per language: in bokmål a no-break space
/// (U+00A0, the group separator .NET's nb-NO culture gives) between thousands and a decimal comma; in English a comma
/// and a point.</summary>
public class NumberNotationTests
{
    [Theory]
    [InlineData(Language.Norwegian, "1\u00A0234\u00A0567", "338\u00A0200,5")]
    [InlineData(Language.English, "1,234,567", "338,200.5")]
    public void Kroner_GroupsAndDecimals_AsEveryOtherNumber(Language language, string whole, string withOre)
    {
        Assert.Equal(whole, language.Kroner(1_234_567m));
        Assert.Equal(Html.Number(1_234_567m, language), language.Kroner(1_234_567m));
        Assert.Equal(withOre, language.Kroner(338_200.50m));
        Assert.Equal(Html.Number(338_200.5m, language, 1), language.Kroner(338_200.50m));
    }
}
