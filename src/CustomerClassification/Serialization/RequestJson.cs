using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CustomerClassification.Archives;
using CustomerClassification.Rules;
using NodaTime;
using NodaTime.Text;

namespace CustomerClassification.Serialization;

/// <summary>
/// The change requests of a snapshot (<c>requests</c>): each request's properties and each change's, declared once for the
/// writer and the reader. A change's properties are named as the change log names an entry's.
/// </summary>
internal static class RequestJson
{
    public static readonly (string Name, Func<ChangeRequest, object?> Get)[] Request =
    [
        ("id", r => (decimal)r.Id),
        ("submitter", r => r.Submitter),
        ("reason", r => r.Reason),
        ("submittedAt", r => r.SubmittedAt),
        ("status", r => JsonEnum<RequestStatus>.Name(r.Status)),
        ("decidedBy", r => r.DecidedBy),
        ("decidedAt", r => r.DecidedAt),
        ("decision", r => r.Decision),
        ("appliedBy", r => r.AppliedBy),
        ("appliedAt", r => r.AppliedAt),
    ];

    public static readonly (string Name, Func<RequestedChange, object?> Get)[] Change =
    [
        ("operation", c => c.Operation),
        ("customer", c => c.CustomerCode),
        ("dimension", c => c.Dimension),
        ("category", c => c.CategoryCode),
        ("field", c => c.Field),
        ("before", c => c.Before),
        ("after", c => c.After),
        ("reason", c => c.Reason),
    ];

    public const string Changes = "changes";

    private static readonly string[] RequestNames = [.. Request.Select(p => p.Name), Changes];
    private static readonly string[] ChangeNames = [.. Change.Select(p => p.Name)];

    /// <summary>Reads the <c>requests</c> array, every problem at its path.</summary>
    internal sealed class Reader(List<RuleSyntaxError> errors) : JsonWalker(errors)
    {
        public List<ChangeRequest> Read(JsonElement array, string path)
        {
            var requests = new List<ChangeRequest>();
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                if (One(element, FormattableString.Invariant($"{path}[{index++}]")) is { } request)
                {
                    requests.Add(request);
                }
            }

            if (requests.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                Fail(path, Messages.Format("RequestNumberedTwice", twice.Key));
            }

            return requests;
        }

        private ChangeRequest? One(JsonElement element, string path)
        {
            if (!Object(element, path, RequestNames))
            {
                return null;
            }

            var id = Decimal(element, "id", path, required: true);
            var submitter = Text(element, "submitter", path, required: true);
            var reason = Text(element, "reason", path, required: true);
            var submitted = At(element, "submittedAt", path, required: true);
            var status = Text(element, "status", path, required: true) is { } text && JsonEnum<RequestStatus>.TryRead(text, out var read) ? read : (RequestStatus?)null;
            if (status is null)
            {
                Fail(path + ".status", Messages.Format("NotOneOf", Text(element, "status", path, required: false), JsonEnum<RequestStatus>.Expected));
            }

            var changes = ArrayOf(element, Changes, ChangeAt, path);
            if (id is not { } number || number < 1 || number != decimal.Truncate(number) || submitter is null || reason is null || submitted is null || status is null)
            {
                return null;
            }

            var decidedBy = Text(element, "decidedBy", path, false);
            if (status != RequestStatus.Pending && (decidedBy is null || (status != RequestStatus.Rejected && string.Equals(decidedBy, submitter, StringComparison.Ordinal))))
            {
                // Four eyes hold in a saved file too: an approval by nobody or by the submitter is no approval.
                Fail(path + ".decidedBy", Messages.Format("RequestDecidedBy", submitter));
                return null;
            }

            return ChangeRequest.Restored((long)number, submitter, reason, submitted.Value, changes, status.Value, decidedBy, At(element, "decidedAt", path, false), Text(element, "decision", path, false), Text(element, "appliedBy", path, false), At(element, "appliedAt", path, false));
        }

        private RequestedChange? ChangeAt(JsonElement element, string path)
        {
            if (!Object(element, path, ChangeNames))
            {
                return null;
            }

            var operation = Text(element, "operation", path, required: true);
            if (operation is null || !JsonEnum<ChangeOperation>.TryRead(operation, out var kind))
            {
                Fail(path + ".operation", Messages.Format("NotOneOf", operation, JsonEnum<ChangeOperation>.Expected));
                return null;
            }

            // By the positions of Change, declared above.
            string? Value(int index) => Text(element, ChangeNames[index], path, required: false);
            return new RequestedChange(kind, Value(1), Value(2), Value(3), Value(4), Value(5), Value(6), Value(7));
        }

        private Instant? At(JsonElement owner, string property, string path, bool required)
        {
            if (Text(owner, property, path, required) is not { } text)
            {
                return null;
            }

            var parsed = InstantPattern.ExtendedIso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            Fail(path + "." + property, Messages.Format("Sentence", JsonTokens.Noda(parsed, text, "WhatInstant").Problem));
            return null;
        }
    }
}
