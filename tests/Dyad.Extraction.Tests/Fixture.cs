using Dyad.Core.Documents;

namespace Dyad.Extraction.Tests;

/// <summary>Builds source documents from strings and from the fixtures written for these tests.</summary>
internal static class Fixture
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static SourceDocument Html(string html, string id = "page.html") =>
        new() { Id = id, Origin = id, Format = InputFormat.Html, Content = html };

    public static SourceDocument Text(string text, string id = "page.txt") =>
        new() { Id = id, Origin = id, Format = InputFormat.Text, Content = text };

    public static string[] Paragraphs(string text) => text.Split("\n\n");
}
