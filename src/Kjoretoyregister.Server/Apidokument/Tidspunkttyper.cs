using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kjoretoyregister.Server.Apidokument;

/// <summary>
/// SVV's times and dates are written by the contract's own converter, so the schema exporter gives them
/// a format and no type (and loses their nullability). This gives them <c>string</c>, and <c>null</c> too
/// when the property is nullable, so that <see cref="Skjemaopprydding"/> makes it optional like the others.
/// </summary>
internal sealed class Tidspunkttyper : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (schema.Type is null && schema.Format is "date-time" or "date")
        {
            var nullbar = context.JsonPropertyInfo?.PropertyType is { } type && Nullable.GetUnderlyingType(type) is not null;
            schema.Type = nullbar ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }

        return Task.CompletedTask;
    }
}
