# CutoverBot in a container: built with the .NET 10 SDK, run on the ASP.NET Core 10 runtime as a non-root user.
#
#   docker build -t cutoverbot --build-arg SOURCE_REVISION=$(git rev-parse --short HEAD) .
#   docker run -d --name cutoverbot --restart unless-stopped --stop-timeout 30 \
#     -p 127.0.0.1:8080:8080 -v cutoverbot-data:/data --env-file cutoverbot.env cutoverbot
#
# The bot speaks plain HTTP: publish it on 127.0.0.1 only and put the HTTPS reverse proxy in front (docs/deploy.md).
# Run exactly one container per database: LiteDB is single-process. docs/deploy.md has the settings, backups and upgrades.
#
# Base images. The tags below float: 10.0 moves to each patch release, which is how security fixes arrive, but two
# builds a week apart may differ. For a release build, pin both images to the digest you tested, without editing
# this file (docs/deploy.md, "Releases"):
#   docker buildx imagetools inspect mcr.microsoft.com/dotnet/aspnet:10.0     # prints "Digest: sha256:..."
#   docker build --build-arg RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0@sha256:<digest> \
#                --build-arg SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0@sha256:<digest> -t cutoverbot .
# and record the two digests in the release notes (CHANGELOG.md). Rebuild monthly (Patch Tuesday) with new digests.
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0

FROM ${SDK_IMAGE} AS build
WORKDIR /src

# Restore from the project files alone, so a code change does not download every package again.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/CutoverBot/CutoverBot.csproj src/CutoverBot/
COPY src/CutoverBot.Core/CutoverBot.Core.csproj src/CutoverBot.Core/
RUN dotnet restore src/CutoverBot/CutoverBot.csproj

# Core embeds the card templates from cards/; the host embeds the Teams manifest and icons (teams-package).
COPY cards/ cards/
COPY manifest/manifest.json manifest/color.png manifest/outline.png manifest/
COPY src/ src/
# The commit shows in the status command's version ("1.0.0 (3c10d05)"); empty is fine.
ARG SOURCE_REVISION=
RUN dotnet publish src/CutoverBot/CutoverBot.csproj -c Release --no-restore -o /app -p:UseAppHost=false -p:SourceRevisionId=${SOURCE_REVISION}

FROM ${RUNTIME_IMAGE} AS runtime
WORKDIR /app

# The database folder belongs to the image's non-root user (APP_UID, 1654); a new named volume takes this owner.
RUN mkdir -p /data && chown "$APP_UID" /data && chmod 700 /data
COPY --from=build /app .

ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    Storage__DatabasePath=/data/cutover.db
EXPOSE 8080
VOLUME /data
USER $APP_UID

# No HEALTHCHECK: the runtime image has no curl or wget. Point App Service's health check, a Kubernetes probe or
# your monitoring at GET /healthz (200 "ok", 503 when the database cannot be read).
ENTRYPOINT ["dotnet", "CutoverBot.dll"]
