using Dyad.Core.Events;
using Dyad.Core.Time;

namespace Dyad.Storage.Queries;

/// <summary>
/// One real event: its first report as a schema-1 event, the event's best date (the most precise
/// any report gives; a publication date when no report dates the event), and how many reports,
/// articles and distinct sources (URL host or site name) told of it.
/// </summary>
public sealed record StoredEvent(long Id, CodedEvent Event, PartialDate? Date, int Mentions, int Articles, int Sources);

/// <summary>One article's report of an event, with its evidence (sentence, trigger offsets, rule) inside <see cref="Event"/>.</summary>
public sealed record EventReport(long ReportId, long EventId, string DocKey, string Host, CodedEvent Event);

public sealed record ActorCount(string Actor, long Events, long AsSource, long AsTarget);

public sealed record DyadCount(string Source, string Target, long Events, double GoldsteinMean);

public sealed record StoreCounts(long Documents, long Reports, long Events);

/// <summary>A stored article with every event report coded from it; report offsets are in <see cref="Article"/>.Text.</summary>
public sealed record StoredDocument(string DocKey, Dyad.Core.Documents.Article Article, IReadOnlyList<EventReport> Reports);
