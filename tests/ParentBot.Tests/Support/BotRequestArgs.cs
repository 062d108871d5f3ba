using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Telegram.Bot;

namespace ParentBot.Tests.Support;

/// <summary>
/// The arguments of one Bot API call, read from a JSON body, a form (multipart or urlencoded) or the
/// query string. Form fields arrive as text, so every getter accepts a value both as JSON and as text.
/// </summary>
internal sealed class BotRequestArgs
{
    private readonly JsonObject _fields;
    private readonly Dictionary<string, UploadedFile> _files;

    private BotRequestArgs(JsonObject fields, Dictionary<string, UploadedFile> files, string rawBody)
    {
        _fields = fields;
        _files = files;
        RawBody = rawBody;
    }

    /// <summary>The JSON body as sent; for a form, a JSON rendering of its fields (files as name and length).</summary>
    public string RawBody { get; }

    public static BotRequestArgs Empty { get; } = new([], new Dictionary<string, UploadedFile>(StringComparer.Ordinal), "{}");

    public static async Task<BotRequestArgs> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        JsonObject fields;
        string rawBody;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            fields = [];
            var rendering = new JsonObject();
            foreach (var (key, value) in form)
            {
                fields[key] = value.ToString();
                rendering[key] = value.ToString();
            }

            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                files[file.Name] = new UploadedFile(file.Name, file.FileName, file.ContentType, buffer.ToArray());
                rendering[file.Name] = new JsonObject
                {
                    ["file_name"] = file.FileName,
                    ["content_type"] = file.ContentType,
                    ["length"] = buffer.Length,
                };
            }

            rawBody = rendering.ToJsonString();
        }
        else
        {
            using var reader = new StreamReader(request.Body);
            rawBody = await reader.ReadToEndAsync(cancellationToken);
            fields = string.IsNullOrWhiteSpace(rawBody)
                ? []
                : JsonNode.Parse(rawBody) as JsonObject ?? throw new JsonException("The body is not a JSON object.");
        }

        foreach (var (key, value) in request.Query)
        {
            if (!fields.ContainsKey(key))
            {
                fields[key] = value.ToString();
            }
        }

        return new BotRequestArgs(fields, files, string.IsNullOrWhiteSpace(rawBody) ? "{}" : rawBody);
    }

    public bool Has(string name) => _fields[name] is not null || _files.ContainsKey(name);

    public string? GetString(string name) => _fields[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out string? text) => text,
        JsonValue value => value.ToJsonString(),
        var node => node.ToJsonString(),
    };

    public long? GetLong(string name)
    {
        if (_fields[name] is JsonValue value)
        {
            if (value.TryGetValue(out long number))
            {
                return number;
            }

            if (value.TryGetValue(out string? text)
                && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
            {
                return number;
            }
        }

        return null;
    }

    public int? GetInt(string name) => GetLong(name) is long number ? checked((int)number) : null;

    public bool GetBool(string name) => _fields[name] is JsonValue value
        && ((value.TryGetValue(out bool flag) && flag)
            || (value.TryGetValue(out string? text) && string.Equals(text, "true", StringComparison.OrdinalIgnoreCase)));

    /// <summary>The value as JSON; a form field holding JSON text (a reply markup, a list) is parsed.</summary>
    public JsonNode? GetJson(string name)
    {
        var node = _fields[name];
        if (node is JsonValue value && value.TryGetValue(out string? text))
        {
            var trimmed = text.TrimStart();
            if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
            {
                return JsonNode.Parse(text);
            }
        }

        return node?.DeepClone();
    }

    /// <summary>The value deserialised as a Telegram type with <see cref="JsonBotAPI.Options"/>.</summary>
    public T? Get<T>(string name)
    {
        var node = GetJson(name);
        if (node is null)
        {
            return default;
        }

        return node.Deserialize<T>(JsonBotAPI.Options);
    }

    /// <summary>An uploaded file, named directly or through <c>attach://name</c>.</summary>
    public UploadedFile? GetFile(string name)
    {
        if (_files.TryGetValue(name, out var file))
        {
            return file;
        }

        var reference = GetString(name);
        const string Attach = "attach://";
        return reference is not null
            && reference.StartsWith(Attach, StringComparison.Ordinal)
            && _files.TryGetValue(reference[Attach.Length..], out file)
                ? file
                : null;
    }
}

/// <summary>A file part of a multipart request.</summary>
internal sealed record UploadedFile(string FieldName, string FileName, string? ContentType, byte[] Content);
