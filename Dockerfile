# Build with the SDK, run on the ASP.NET runtime image (Ubuntu, with time-zone data for Europe/Brussels
# and ICU for the eleven languages' dates).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ParentBot.sln ./
COPY src/ParentBot.Core/ParentBot.Core.csproj src/ParentBot.Core/
COPY src/ParentBot.Telegram/ParentBot.Telegram.csproj src/ParentBot.Telegram/
COPY src/ParentBot.Web/ParentBot.Web.csproj src/ParentBot.Web/
COPY src/ParentBot.Host/ParentBot.Host.csproj src/ParentBot.Host/
RUN dotnet restore src/ParentBot.Host/ParentBot.Host.csproj
COPY src/ src/
COPY dialogs/ dialogs/
RUN dotnet publish src/ParentBot.Host/ParentBot.Host.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS run
WORKDIR /app
COPY --from=build /app ./
# One container per LiteDB file: the database lives on this volume.
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
ENV ParentBot__Storage__Path=/data/parentbot.db \
    ASPNETCORE_URLS=http://0.0.0.0:8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "ParentBot.Host.dll"]
