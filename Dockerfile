# CutoverBot in a container: built with the .NET 10 SDK, run on the ASP.NET Core 10 runtime as a non-root user.
#
#   docker build -t cutoverbot --build-arg SOURCE_REVISION=$(git rev-parse --short HEAD) .
#   docker run -d --name cutoverbot --restart unless-stopped --stop-timeout 30 \
#     -p 8080:8080 -v cutoverbot-data:/data --env-file cutoverbot.env cutoverbot
#
# Run exactly one container per database: LiteDB is single-process. docs/deploy.md has the settings, backups and upgrades.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore from the project files alone, so a code change does not download every package again.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/CutoverBot/CutoverBot.csproj src/CutoverBot/
COPY src/CutoverBot.Core/CutoverBot.Core.csproj src/CutoverBot.Core/
RUN dotnet restore src/CutoverBot/CutoverBot.csproj

# Core embeds the card templates from cards/.
COPY cards/ cards/
COPY src/ src/
# The commit shows in the status command's version ("1.0.0 (3c10d05)"); empty is fine.
ARG SOURCE_REVISION=
RUN dotnet publish src/CutoverBot/CutoverBot.csproj -c Release --no-restore -o /app -p:UseAppHost=false -p:SourceRevisionId=${SOURCE_REVISION}

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
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
