using Dyad.Bench.Queue;
using Dyad.Core.Documents;
using Dyad.Core.Time;

namespace Dyad.Queue.Tests;

public sealed class QueuedDocumentTests
{
    [Fact]
    public void A_document_survives_the_queue_unchanged()
    {
        var doc = NewsCorpus.Story(7) with { Url = "https://example.org/a?b=1", Title = "Ünïcode — title", Format = InputFormat.Html };
        Assert.Equal(doc, QueuedDocument.Decode(QueuedDocument.Encode(doc)));
    }

    [Fact]
    public void Missing_fields_are_kept_missing()
    {
        var doc = new SourceDocument { Id = "a", Origin = "a.txt", Format = InputFormat.Text, Content = "\0binary" };
        var back = QueuedDocument.Decode(QueuedDocument.Encode(doc));
        Assert.Equal(doc, back);
        Assert.Null(back.Published);
        Assert.Equal(PartialDate.Parse("2023-02-02"), QueuedDocument.Decode(QueuedDocument.Encode(NewsCorpus.Story(1))).Published);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"id\": \"a\"}")]
    public void A_foreign_message_is_a_format_error(string body) =>
        Assert.Throws<FormatException>(() => QueuedDocument.Decode(System.Text.Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData("dyad")]
    [InlineData("news_2024-a")]
    public void Queue_names_make_valid_stream_names(string name) => Assert.DoesNotContain('.', new QueueNames(name).Stream);

    [Theory]
    [InlineData("")]
    [InlineData("a.b")]
    [InlineData("a b")]
    [InlineData("a*")]
    public void Queue_names_that_would_split_subjects_are_refused(string name) => Assert.Throws<ArgumentException>(() => new QueueNames(name));
}
