"""Engines: ways to map `warta.pipeline.process` over a stream of articles (local loop or process pool)."""
