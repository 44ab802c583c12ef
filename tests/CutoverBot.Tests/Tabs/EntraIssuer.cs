using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace CutoverBot.Tests.Tabs;

/// <summary>
/// Stands in for Entra ID's OpenID metadata: a local server with the metadata document and its JWKS, and the RSA key
/// that signs the access tokens Teams single sign-on would hand a tab. Plain HTTP on 127.0.0.1: the tabs' JwtBearer
/// handler is told (in the test only) that metadata may come over HTTP.
/// </summary>
public sealed class EntraIssuer : IAsyncDisposable
{
    public const string KeyId = "entra-key-1";
    public const string TenantId = "3f6b0c1e-1111-4222-8333-444455556666";

    private readonly RSA _signingKey = RSA.Create(2048);
    private readonly RSA _otherKey = RSA.Create(2048);
    private WebApplication? _app;

    public string MetadataAddress { get; private set; } = "";

    public static string IssuerFor(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapGet("/organizations/v2.0/.well-known/openid-configuration", (HttpContext c) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = "https://login.microsoftonline.com/{tenantid}/v2.0",
            ["authorization_endpoint"] = "https://invalid.example/authorize",
            ["jwks_uri"] = $"http://127.0.0.1:{c.Connection.LocalPort}/organizations/discovery/v2.0/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        _app.MapGet("/organizations/discovery/v2.0/keys", () =>
        {
            var p = _signingKey.ExportParameters(false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["kty"] = "RSA", ["use"] = "sig", ["kid"] = KeyId,
                        ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                    },
                },
            });
        });
        await _app.StartAsync();
        MetadataAddress = $"http://127.0.0.1:{new Uri(_app.Urls.First()).Port}/organizations/v2.0/.well-known/openid-configuration";
    }

    /// <summary>An access token for the tabs' API as Teams SSO gets it; each part can be made wrong.</summary>
    public string Token(string objectId, string audience, string tenantId = TenantId, string? issuer = null, TimeSpan? expiresIn = null,
        bool otherKey = false, string name = "Tab User")
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(60));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? IssuerFor(tenantId),
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("oid", objectId), new Claim("tid", tenantId), new Claim("name", name), new Claim("scp", "access_as_user")]),
            IssuedAt = expires.AddMinutes(-70),
            NotBefore = expires.AddMinutes(-70),
            Expires = expires,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(otherKey ? _otherKey : _signingKey) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        };
        return new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        _signingKey.Dispose();
        _otherKey.Dispose();
    }
}
