using System.Text;

namespace ReKs.Competence.Reporting;

/// <summary>What a view's text shows, as blocks (headings, paragraphs, tables, lists) written once and rendered three ways:
/// aligned text for the terminal, Markdown, and HTML for a fragment. In text and Markdown, each block ends with a line
/// break and one empty line separates two blocks.</summary>
internal sealed class Blocks
{
    private readonly List<Block> _blocks = [];

    /// <summary>A heading: level 2 is the title, 3 a section, 4 a sub-section.</summary>
    public Blocks Heading(int level, string text) => Add(new HeadingBlock(level, text));

    /// <summary>One paragraph of one line.</summary>
    public Blocks Paragraph(string text) => Add(new LinesBlock([text]));

    /// <summary>Lines written one under the other, without an empty line between them.</summary>
    public Blocks Lines(params string[] lines) => Add(new LinesBlock(lines));

    /// <summary>A table.</summary>
    public Blocks Table(TextTable table) => Add(new TableBlock(table));

    /// <summary>A list, with an optional heading of its own: in text "── heading ──" and items after <paramref name="textBullet"/>; in Markdown a level-4 heading and "- " items.</summary>
    public Blocks List(string? heading, IEnumerable<string> items, string textBullet) => Add(new ListBlock(heading, [.. items], textBullet));

    /// <summary>An extra empty line in text and Markdown (nothing in HTML).</summary>
    public Blocks Spacer() => Add(new LinesBlock([]));

    /// <summary>Renders the blocks as aligned text (<paramref name="markdown"/> false) or Markdown.</summary>
    public string Text(bool markdown)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < _blocks.Count; i++)
        {
            if (i > 0)
            {
                sb.Append('\n');
            }

            switch (_blocks[i])
            {
                case HeadingBlock h:
                    sb.Append(markdown ? new string('#', h.Level) + " " : string.Empty).Append(h.Text).Append('\n');
                    break;
                case LinesBlock l:
                    foreach (var line in l.Lines)
                    {
                        sb.Append(line).Append('\n');
                    }

                    break;
                case TableBlock t:
                    sb.Append(t.Table.Render(markdown));
                    break;
                case ListBlock l:
                    if (l.Heading is { } heading)
                    {
                        sb.Append(markdown ? $"#### {heading}\n\n" : $"── {heading} ──\n");
                    }

                    foreach (var item in l.Items)
                    {
                        sb.Append(markdown ? "- " : l.TextBullet).Append(item).Append('\n');
                    }

                    break;
                default:
                    throw new System.Diagnostics.UnreachableException(_blocks[i].GetType().Name);
            }
        }

        return sb.ToString();
    }

    /// <summary>Renders the blocks as HTML elements (every text encoded).</summary>
    public string Html()
    {
        var sb = new StringBuilder();
        foreach (var block in _blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    sb.Append("<h").Append(h.Level).Append('>').Append(Reporting.Html.Encode(h.Text)).Append("</h").Append(h.Level).Append(">\n");
                    break;
                case LinesBlock { Lines.Length: > 0 } l:
                    sb.Append("<p>").Append(string.Join("<br/>", l.Lines.Select(Reporting.Html.Encode))).Append("</p>\n");
                    break;
                case LinesBlock:
                    break;
                case TableBlock t:
                    sb.Append(t.Table.Html());
                    break;
                case ListBlock l:
                    if (l.Heading is { } heading)
                    {
                        sb.Append("<h4>").Append(Reporting.Html.Encode(heading)).Append("</h4>\n");
                    }

                    sb.Append("<ul>\n");
                    foreach (var item in l.Items)
                    {
                        sb.Append("<li>").Append(Reporting.Html.Encode(item)).Append("</li>\n");
                    }

                    sb.Append("</ul>\n");
                    break;
                default:
                    throw new System.Diagnostics.UnreachableException(block.GetType().Name);
            }
        }

        return sb.ToString();
    }

    private Blocks Add(Block block)
    {
        _blocks.Add(block);
        return this;
    }

    private abstract record Block;

    private sealed record HeadingBlock(int Level, string Text) : Block;

    private sealed record LinesBlock(string[] Lines) : Block;

    private sealed record TableBlock(TextTable Table) : Block;

    private sealed record ListBlock(string? Heading, string[] Items, string TextBullet) : Block;
}
