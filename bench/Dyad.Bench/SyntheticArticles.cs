using System.Text.Json;

/// <summary>
/// Writes short synthetic news articles (three sentences, two of them events between countries) as
/// JSON Lines, for timing `dyad ingest` end to end: extraction, analysis, actors, coding and store.
/// The same seed gives the same file.
/// </summary>
internal static class SyntheticArticles
{
    private static readonly string[] Countries =
        ["France", "Germany", "Russia", "China", "Japan", "India", "Brazil", "Egypt", "Kenya", "Turkey", "Iran", "Israel", "Ukraine", "Poland", "Spain", "Mexico"];
    private static readonly string[] Acts =
        ["expelled two diplomats from", "condemned", "accused", "held talks with", "imposed sanctions on", "praised", "threatened", "signed an agreement with"];

    public static void Write(string path, int count, int seed = 1)
    {
        var random = new Random(seed);
        using var output = new StreamWriter(path);
        for (int i = 0; i < count; i++)
        {
            string Country() => Countries[random.Next(Countries.Length)];
            string Act() => Acts[random.Next(Acts.Length)];
            var text = $"{Country()} {Act()} {Country()} on Monday, officials said.\n\n{Country()} {Act()} {Country()} after the meeting.\n\nThe ministry said the decision was final.";
            output.WriteLine(JsonSerializer.Serialize(new { id = $"synthetic-{i}", text, published = $"2024-05-{1 + i % 28:D2}" }));
        }
    }
}
