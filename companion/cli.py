"""The command line. The only place that prints, and that turns errors into one line and an exit code."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import uuid
from pathlib import Path
from typing import NoReturn

from companion.errors import CompanionError

log = logging.getLogger("companion")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"companion: error: {message} (see --help)\n")


def _speed(value: str) -> float:
    try:
        speed = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"speed must be a number, not {value!r}") from None
    if speed < 0:
        raise argparse.ArgumentTypeError("speed must be 0 (as fast as possible) or more")
    return speed


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="companion", description=__doc__)
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output on stderr")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    serve = sub.add_parser("serve", help="the local service: API, websockets and the web pages")
    serve.add_argument("--host", default=None, help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=None, help="port (default 8765)")
    serve.add_argument("--demo", action="store_true", help="start a replay of the demo call at start-up")

    replay = sub.add_parser("replay", help="run a recording through the live pipeline")
    replay.add_argument("audio", type=Path)
    replay.add_argument("--speed", type=_speed, default=1.0, help="1 = real time (default), 0 = as fast as possible")
    replay.add_argument("--language", default=None, help="ja, zh, en or auto (default: the setting, ja)")
    replay.add_argument("--playbook", default=None, help="a bundled playbook name or a playbook file")
    replay.add_argument("--channels", default=None, help="who is on each channel, e.g. staff,customer")
    replay.add_argument("--json", action="store_true", help="print events as JSON lines and nothing else")

    analyze = sub.add_parser("analyze", help="analyse finished transcripts (JSON Lines)")
    analyze.add_argument("transcript", type=Path)
    analyze.add_argument("--language", default="auto", help="ja, zh, en or auto (default: detect per call)")
    analyze.add_argument("--playbook", default=None)

    sub.add_parser("devices", help="list the sound input devices")

    models = sub.add_parser("models", help="assemble and verify the speech model, train the analysis layers")
    models.add_argument("--verify", action="store_true", help="hash every file against the manifest")

    bench = sub.add_parser("bench", help="measure latency, real-time factor, accuracy and memory")
    bench.add_argument("--audio", type=Path, default=None, help="a two-channel call with a .json reference")
    bench.add_argument("--calls", type=int, default=3, help="concurrent calls for the load run")
    bench.add_argument("--quick", action="store_true", help="skip the concurrent and real-time runs")
    bench.add_argument("--repeat", type=int, default=1, help="real-time one-call runs, to show their spread")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    level = logging.WARNING - 10 * args.verbose
    if args.command == "serve":
        level = min(level, logging.INFO)
    logging.basicConfig(level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        from companion.services import quiet_offline_environment

        quiet_offline_environment()
        return _dispatch(args)
    except CompanionError as exc:
        print(f"companion: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # last resort: one line, the traceback only at debug level
        log.debug("internal error", exc_info=True)
        print(f"companion: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


def _dispatch(args: argparse.Namespace) -> int:
    from companion.config import Settings

    settings = Settings()
    if args.command == "replay":
        return _replay(args, settings)
    if args.command == "analyze":
        return _analyze(args, settings)
    if args.command == "devices":
        return _devices()
    if args.command == "models":
        return _models(args, settings)
    if args.command == "serve":
        from companion.server.run import run_server

        return int(run_server(settings, host=args.host, port=args.port, demo=args.demo))
    if args.command == "bench":
        from companion.bench import run_bench

        return int(
            run_bench(
                settings,
                audio=args.audio,
                calls=args.calls,
                quick=args.quick,
                out=sys.stdout,
                repeat=max(1, args.repeat),
            )
        )
    raise AssertionError(args.command)


def _replay(args: argparse.Namespace, settings: object) -> int:
    from companion.clock import SystemClock
    from companion.config import Settings
    from companion.events import NumberedEvent
    from companion.replay import prepare_audio, replay
    from companion.services import build_analysis, build_runtime, check_language

    assert isinstance(settings, Settings)
    language = check_language(args.language or settings.language)
    audio = prepare_audio(args.audio, args.channels)
    analysis = build_analysis(settings)
    analysis.start_call(language or "ja", args.playbook or settings.playbook)  # fail fast on a bad playbook
    runtime = build_runtime(settings, analysis=analysis)

    def publish(event: NumberedEvent) -> None:
        if args.json:
            print(event.to_json(), flush=True)
        else:
            _print_human(event.as_dict())

    try:
        asyncio.run(
            replay(
                runtime.engines,
                settings,
                audio,
                call=f"replay-{uuid.uuid4().hex[:10]}",
                clock=SystemClock(),
                publish=publish,
                speed=args.speed,
                language=language,
                playbook=args.playbook or settings.playbook,
            )
        )
    finally:
        runtime.close()
    return 0


def _print_human(event: dict[str, object]) -> None:
    kind = event["type"]
    if kind == "utterance":
        labels = ", ".join(event["labels"]) if event["labels"] else ""  # type: ignore[arg-type]
        print(f"[{event['start']:7.2f}] {event['speaker']:>8}: {event['text']}" + (f"  ({labels})" if labels else ""))
    elif kind == "prompt":
        print(f"{'':10} → next: {event['text']}")
    elif kind == "alert":
        print(f"{'':10} ! {event['label']}: {event['text']}")
    elif kind == "summary":
        print(json.dumps({k: v for k, v in event.items() if k not in ("type", "seq")}, ensure_ascii=False))


def _analyze(args: argparse.Namespace, settings: object) -> int:
    from companion.analysis.transcript import analyze_transcripts, read_transcripts
    from companion.config import Settings
    from companion.services import build_analysis, check_language

    assert isinstance(settings, Settings)
    language = check_language(args.language)
    calls = read_transcripts(args.transcript)
    engine = build_analysis(settings)
    for result in analyze_transcripts(engine, calls, language, args.playbook or settings.playbook):
        print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


def _devices() -> int:
    from companion.audio.device import list_devices

    devices = list_devices()
    if not devices:
        print("no input devices")
    for device in devices:
        mark = "*" if device.is_default else " "
        print(f"{mark} {device.index:3d}  {device.name}  ({device.channels} ch, {device.default_rate:.0f} Hz)")
    return 0


def _models(args: argparse.Namespace, settings: object) -> int:
    from companion.config import Settings
    from companion.transcription.model_store import full_verify, resolve_model_dir

    assert isinstance(settings, Settings)
    path = resolve_model_dir(settings.model_dir, settings.models_dir)
    if args.verify and settings.model_dir is None:
        full_verify(path)
    print(f"speech model ready: {path}")
    from companion.model import LANGUAGES
    from companion.services import build_analysis

    build_analysis(settings).warm_up(LANGUAGES)
    print(f"analysis layers ready: {settings.cache_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
