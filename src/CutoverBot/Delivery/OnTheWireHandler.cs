using System.Net;

namespace CutoverBot.Delivery;

/// <summary>
/// In the HttpClient pipeline the SDK's connector clients use: tells <see cref="OnTheWire"/> when the body of a request
/// that posts an activity (POST .../activities) starts going out on its connection, after the connection is open, so
/// only the microseconds of writing it fall between the mark and Teams having the post. Token requests and roster
/// reads pass untouched.
/// </summary>
internal sealed class OnTheWireHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Post && request.RequestUri?.AbsolutePath.Contains("/activities", StringComparison.Ordinal) == true)
        {
            if (request.Content is { } body) request.Content = new TellingContent(body);
            else OnTheWire.Fire();
        }
        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>The default HttpClient (the one the SDK is given) with this handler in its pipeline.</summary>
    public static IServiceCollection AddToDefaultClient(IServiceCollection services)
    {
        services.AddHttpClient(Microsoft.Extensions.Options.Options.DefaultName).AddHttpMessageHandler(() => new OnTheWireHandler());
        return services;
    }

    /// <summary>The request's own body, telling <see cref="OnTheWire"/> as it starts to be written.</summary>
    private sealed class TellingContent : HttpContent
    {
        private readonly HttpContent _inner;

        public TellingContent(HttpContent inner)
        {
            _inner = inner;
            foreach (var header in inner.Headers) Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            OnTheWire.Fire();
            await _inner.CopyToAsync(stream, context);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _inner.Headers.ContentLength ?? -1;
            return length >= 0;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
