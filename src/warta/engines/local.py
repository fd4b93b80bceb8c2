"""The local engine: a pipeline task over a stream of articles, in this process
(workers=1) or a pool of worker processes, output in input order.

Tasks (`TASKS`): "process" (clean and extract, `warta.pipeline.process`), "clean_only"
(`warta.pipeline.clean_only`) over Articles, and "extract" (`warta.pipeline.extract`)
over Docs cleaned earlier (read back from the store).

Resources are loaded once per worker. Work is sent in chunks with a bounded number
of chunks in flight, so memory stays flat however long the input is. An exception
while processing one article becomes a ReadError(kind="process") naming its
origin; the batch goes on.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult
from typing import Literal

from warta import pipeline
from warta.model import Article, Doc, ReadError, Result
from warta.resources import Resources

DEFAULT_CHUNKSIZE = 32
CHUNKS_IN_FLIGHT_PER_WORKER = 4

Item = Article | Doc | ReadError
Outcome = Result | ReadError
Task = Literal["process", "clean_only", "extract"]
TASKS: tuple[Task, ...] = ("process", "clean_only", "extract")

_worker_resources: Resources | None = None  # one per worker process, set by the pool initializer


def _apply(task: Task, item: Article | Doc, resources: Resources) -> Result:
    if task == "extract":
        if not isinstance(item, Doc):
            raise TypeError(f"the extract task takes Docs, not {type(item).__name__}")
        return pipeline.extract(item, resources)
    if not isinstance(item, Article):
        raise TypeError(f"the {task} task takes Articles, not {type(item).__name__}")
    return pipeline.process(item, resources) if task == "process" else pipeline.clean_only(item, resources)


def process_safely(item: Article | Doc, resources: Resources, task: Task = "process") -> Outcome:
    """The task over one article, with a failure turned into a ReadError naming the article."""
    try:
        return _apply(task, item, resources)
    except Exception as exc:
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return ReadError(
            origin=item.origin,
            message=f"processing failed ({type(exc).__name__}: {exc}, at {where.filename}:{where.lineno}); "
            "this is a bug in Warta: please report it with this article",
            kind="process",
        )


def _process_items(items: list[Item], resources: Resources, task: Task) -> list[Outcome]:
    return [item if isinstance(item, ReadError) else process_safely(item, resources, task) for item in items]


def _init_worker() -> None:
    global _worker_resources
    _worker_resources = Resources.load()


def _process_chunk(items: list[Item], task: Task) -> list[Outcome]:
    if _worker_resources is None:  # the pool was started without the initializer
        _init_worker()
    assert _worker_resources is not None
    return _process_items(items, _worker_resources, task)


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def run(
    articles: Iterable[Item],
    workers: int = 1,
    *,
    chunksize: int = DEFAULT_CHUNKSIZE,
    resources: Resources | None = None,
    task: Task = "process",
) -> Iterator[Outcome]:
    """Results of `task` (and ReadErrors, passed through in place) for `articles`, in input order."""
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}; one of {', '.join(TASKS)}")
    if workers <= 1:
        loaded = resources or Resources.load()
        for item in articles:
            yield item if isinstance(item, ReadError) else process_safely(item, loaded, task)
        return
    max_in_flight = workers * CHUNKS_IN_FLIGHT_PER_WORKER
    with multiprocessing.get_context().Pool(processes=workers, initializer=_init_worker) as pool:
        pending: deque[AsyncResult[list[Outcome]]] = deque()
        for chunk in _chunks(articles, chunksize):
            pending.append(pool.apply_async(_process_chunk, (chunk, task)))
            while len(pending) >= max_in_flight:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
