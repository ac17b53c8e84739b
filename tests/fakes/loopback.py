"""The aiohttp server under each provider fake: 127.0.0.1, a free port, outages on demand."""

from __future__ import annotations

from aiohttp import web


class Loopback:
    """Serving, refusing and listening again; a fake subclasses it and supplies its routes."""

    _runner: web.AppRunner | None
    _site: web.TCPSite | None
    url: str

    async def _serve(self, app: web.Application) -> None:
        """Start `app` on 127.0.0.1 and a free port; `url` is where it answers."""
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        self._site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await self._site.start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"

    async def _stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def refuse(self) -> None:
        """Stop listening: connections are refused until `listen` (an outage, a network cut)."""
        if self._site is not None:
            await self._site.stop()
            self._site = None

    async def listen(self) -> None:
        """Listen again on the same port after `refuse`."""
        assert self._runner is not None and self._site is None
        port = int(self.url.rpartition(":")[2])
        self._site = web.TCPSite(self._runner, "127.0.0.1", port, reuse_address=True)
        await self._site.start()
