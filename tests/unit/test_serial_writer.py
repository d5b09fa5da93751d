"""The controller's save queue: in order, off the calling thread, nothing after close."""

from __future__ import annotations

import threading
import time

from mailwizard.core.session.writer import SerialWriter


def test_saves_run_in_order_on_one_other_thread() -> None:
    writer = SerialWriter("store")
    done: list[tuple[int, str]] = []

    def save(n: int) -> None:
        time.sleep(0.002 * (5 - n))  # the first ones slowest: order must still hold
        done.append((n, threading.current_thread().name))

    for n in range(5):
        writer.submit(save, n)
    writer.wait()
    assert [n for n, _ in done] == [0, 1, 2, 3, 4]
    assert {name for _, name in done} != {threading.current_thread().name}
    assert len({name for _, name in done}) == 1
    writer.close()


def test_close_lets_queued_saves_finish_and_drops_later_ones() -> None:
    writer = SerialWriter("store")
    done: list[int] = []
    writer.submit(lambda: (time.sleep(0.02), done.append(1)))
    writer.close()
    assert done == [1]
    assert writer.submit(done.append, 2) is None
    writer.wait()  # no error once closed
    assert done == [1]


def test_no_thread_until_the_first_save() -> None:
    before = threading.active_count()
    writer = SerialWriter("store")
    assert threading.active_count() == before
    writer.close()
