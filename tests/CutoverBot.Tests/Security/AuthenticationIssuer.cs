using System.Collections.Concurrent;
using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Tests.Security;

/// <summary>
/// Stands in for login.botframework.com: an HTTPS server on 127.0.0.1 serving an OpenID metadata document and its
/// JWKS (with Teams' endorsements), and the RSA key that signs channel tokens.
/// </summary>
/// <remarks>
/// The SDK (4.23.1) fetches the metadata with its own static HttpClient through IdentityModel's HttpDocumentRetriever,
/// which refuses http:// addresses, so the server speaks TLS with a certificate made here. For the SDK's client to
/// accept it, the certificate is trusted in the current user's Root store (on Linux, .NET's own store under the home
/// folder; no system file is touched) while the server runs, and removed again on dispose.
/// </remarks>
public sealed class AuthenticationIssuer : IAsyncDisposable
{
    /// <summary>The issuer the public cloud's channel tokens carry (AuthenticationConstants.ToBotFromChannelTokenIssuer).</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    public const string KeyId = "channel-key-1";

    private readonly RSA _signingKey = RSA.Create(2048);
    private readonly RSA _otherKey = RSA.Create(2048);
    private readonly ConcurrentQueue<string> _requests = new();
    private X509Certificate2? _tlsCertificate;
    private WebApplication? _app;

    public string MetadataUrl { get; private set; } = "";

    /// <summary>Paths the bot fetched from this server, in order.</summary>
    public IReadOnlyList<string> Requests => _requests.ToArray();

    public async Task StartAsync()
    {
        _tlsCertificate = CreateTlsCertificate();
        Trust(_tlsCertificate, trusted: true);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(_tlsCertificate)));
        _app = builder.Build();
        _app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext c) => Serve(c, Metadata(c)));
        _app.MapGet("/v1/.well-known/keys", (HttpContext c) => Serve(c, Keys()));
        await _app.StartAsync();
        var address = new Uri(_app.Urls.First());
        MetadataUrl = $"https://127.0.0.1:{address.Port}/v1/.well-known/openidconfiguration";
    }

    /// <summary>A channel token as the Bot Connector sends it; each argument can be made wrong.</summary>
    public string Token(string audience, string serviceUrl, TimeSpan? expiresIn = null, string issuer = ChannelIssuer, bool otherKey = false)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(30));
        var key = new RsaSecurityKey(otherKey ? _otherKey : _signingKey) { KeyId = KeyId };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            IssuedAt = expires.AddMinutes(-40),
            NotBefore = expires.AddMinutes(-40),
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };
        return new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
    }

    /// <summary>The same claims as a valid token, with "alg": "none" and no signature.</summary>
    public static string UnsignedToken(string audience, string serviceUrl)
    {
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var header = JsonSerializer.Serialize(new { alg = "none", typ = "JWT" });
        var payload = JsonSerializer.Serialize(new { iss = ChannelIssuer, aud = audience, serviceurl = serviceUrl, nbf = now - 60, iat = now - 60, exp = now + 1800 });
        return $"{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header))}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload))}.";
    }

    private IResult Serve(HttpContext context, object document)
    {
        _requests.Enqueue(context.Request.Path.Value ?? "");
        return Results.Json(document);
    }

    private static object Metadata(HttpContext context) => new Dictionary<string, object>
    {
        ["issuer"] = ChannelIssuer,
        ["authorization_endpoint"] = "https://invalid.example/authorize",
        ["jwks_uri"] = $"https://127.0.0.1:{context.Connection.LocalPort}/v1/.well-known/keys",
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    };

    // Teams' keys carry the channels they may sign for; the SDK checks the activity's channelId against them.
    private object Keys()
    {
        var parameters = _signingKey.ExportParameters(includePrivateParameters: false);
        return new
        {
            keys = new[]
            {
                new Dictionary<string, object>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = new[] { "msteams" },
                },
            },
        };
    }

    private static X509Certificate2 CreateTlsCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"{SubjectPrefix}-{Guid.NewGuid():N}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = TimeProvider.System.GetUtcNow();
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddHours(2));
        // Exported and loaded again so Kestrel gets a key it can use on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>
    /// Each run's certificate has its own subject: chain building looks issuers up by subject, so a certificate left
    /// behind by an aborted run with the same subject would be picked instead and the chain would not verify.
    /// </summary>
    private const string SubjectPrefix = "CN=cutoverbot-test-issuer";

    private static void Trust(X509Certificate2 certificate, bool trusted)
    {
        using var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        if (trusted)
        {
            foreach (var leftover in store.Certificates.Where(c => c.Subject.StartsWith(SubjectPrefix, StringComparison.Ordinal)).ToList())
                store.Remove(leftover);
        }
        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.RawData);
        if (trusted) store.Add(publicOnly);
        else store.Remove(publicOnly);
        if (trusted) WaitUntilTrusted(publicOnly);
    }

    /// <summary>
    /// .NET on Linux re-reads the user's root store only every few seconds, so a TLS handshake right after the Add can
    /// still fail with UntrustedRoot. Wait until chain building sees the certificate as trusted.
    /// </summary>
    private static void WaitUntilTrusted(X509Certificate2 certificate)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            using var chain = new X509Chain();
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            if (chain.Build(certificate)) return;
            if (waited.Elapsed > TimeSpan.FromSeconds(30))
                throw new InvalidOperationException("The test issuer's certificate is still not trusted after 30 s: " +
                    string.Join(", ", chain.ChainStatus.Select(s => s.Status)));
            Thread.Sleep(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (_tlsCertificate is not null)
        {
            Trust(_tlsCertificate, trusted: false);
            _tlsCertificate.Dispose();
        }
        _signingKey.Dispose();
        _otherKey.Dispose();
    }
}
