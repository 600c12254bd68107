#!/usr/bin/env python3
"""The speed benchmark (README, "Speed"): the same pages built by the C floor (read, libcmark,
one template, write; one process per core), by Hugo (Debian's `hugo`, the pages' own Markdown as
content in every language) and by `waymark build`, plus `check`, `validate`, `lint --format sarif`
and the preview's edit-to-page latency, at each size, interleaved, with medians.

    Scripts/bench/bench.py [--sizes 1000,5000,20000] [--runs 3] [--waymark PATH]

Sizes count pages: guides x locales (the project's eight), all translated. Needs hugo, cmark's
headers (libcmark-dev), cc and GNU time: apt-get install hugo libcmark-dev gcc time.
"""
import argparse
import json
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[2]
# The project's locales: the source locale and those waymark.yml lists (every guide is translated into each).
LOCALES = 1 + len(re.search(r"^locales: \[(.*)\]$", (ROOT / "waymark.yml").read_text(), re.M).group(1).split(","))


def sh(*args, **kw):
    return subprocess.run(args, check=True, **kw)


def timed(command, cwd=None):
    """Wall, user+sys seconds and peak memory (MB) of one run, through GNU time."""
    with tempfile.NamedTemporaryFile("r") as report:
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", report.name, "bash", "-c", command],
                                cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
        user, system, rss = report.read().split()[-3:]
    if result.returncode not in (0, 1):
        sys.exit(f"failed ({result.returncode}): {command}\n{result.stderr[-2000:]}")
    return wall, float(user) + float(system), int(rss) / 1024


def hugo_project(site: pathlib.Path, out: pathlib.Path):
    """The pages' Markdown (from waymark's own build) as a Hugo site in the same languages."""
    languages = sorted(p.name for p in site.iterdir() if p.is_dir())
    config = ['disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]',
              'defaultContentLanguage = "en"', "[languages]"]
    for weight, lang in enumerate(languages, 1):
        config += [f'[languages.{lang}]', f'contentDir = "content/{lang}"', f"weight = {weight}"]
    (out / "layouts" / "_default").mkdir(parents=True)
    (out / "hugo.toml").write_text("\n".join(config) + "\n")
    page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n"
    (out / "layouts" / "_default" / "single.html").write_text(page)
    (out / "layouts" / "_default" / "list.html").write_text(page)
    for lang in languages:
        folder = out / "content" / lang
        folder.mkdir(parents=True)
        for md in (site / lang).glob("*.md"):
            text = md.read_text()
            title = text.splitlines()[0].lstrip("# ").replace('"', "'")
            (folder / md.name).write_text(f'---\ntitle: "{title}"\n---\n' + text)


def floor_inputs(site: pathlib.Path, work: pathlib.Path):
    pages = sorted(str(p) for p in site.glob("*/*.md"))
    half = len(pages) // 2
    (work / "list1").write_text("\n".join(pages[:half]) + "\n")
    (work / "list2").write_text("\n".join(pages[half:]) + "\n")
    (work / "template.html").write_text("<!doctype html><html><head><meta charset=\"utf-8\"><title>Help</title></head><body><main>{{content}}</main></body></html>\n")
    return len(pages)


def serve_latency(waymark: str, project: pathlib.Path, edits: int = 5):
    """From the guide's save to the new text served, through `waymark serve`."""
    process = subprocess.Popen([waymark, "serve", "--root", str(project), "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = ""
        while "Serving" not in line:
            line = process.stdout.readline()
            if not line:
                return None
        address = re.search(r"http://[^ ]+/", line).group(0)
        guide = sorted((project / "Content" / "guides").glob("*.yaml"))[0]
        gid = re.search(r"^id: (.*)$", guide.read_text(), re.M).group(1)
        original = guide.read_text()
        samples = []
        for n in range(edits):
            marker = f"Edited {n} {time.time_ns()}"
            changed = re.sub(r"^title: (.*)$", lambda m: f"title: {marker}", original, count=1, flags=re.M)
            start = time.perf_counter()
            guide.write_text(changed)
            while True:
                body = urllib.request.urlopen(f"{address}en/{gid}/", timeout=60).read().decode()
                if marker in body:
                    break
                time.sleep(0.002)
            samples.append((time.perf_counter() - start) * 1000)
        guide.write_text(original)
        return statistics.median(samples)
    finally:
        process.terminate()
        process.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,5000,20000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--waymark")
    args = parser.parse_args()
    os.chdir(ROOT)
    for tool in ("hugo", "cc", "/usr/bin/time"):
        if not shutil.which(tool):
            sys.exit(f"the benchmark needs {tool}: apt-get install hugo gcc time libcmark-dev")
    waymark = args.waymark
    if not waymark:
        sh("swift", "build", "-c", "release", "--product", "waymark", stdout=subprocess.DEVNULL)
        waymark = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], check=True, capture_output=True, text=True).stdout.strip() + "/waymark"
    work = pathlib.Path(tempfile.mkdtemp(prefix="waymark-bench-"))
    cflags = subprocess.run(["pkg-config", "--cflags", "--libs", "libcmark"], capture_output=True, text=True).stdout.split()
    sh("cc", "-O2", "-o", str(work / "floor"), str(ROOT / "Scripts/bench/floor.c"), *cflags)
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    print(f"Machine: {os.cpu_count()} cores ({cpu}); hugo {subprocess.run(['hugo', 'version'], capture_output=True, text=True).stdout.split()[1]}")
    rows = []
    try:
        for size in [int(s) for s in args.sizes.split(",")]:
            guides = size // LOCALES
            project, site = work / f"p{size}", work / f"site{size}"
            sh("python3", "Scripts/bench/generate.py", str(guides), str(project))
            sh(waymark, "build", "--root", str(project), "--output", str(site), stdout=subprocess.DEVNULL)
            hugo = work / f"hugo{size}"
            hugo_project(site, hugo)
            pages = floor_inputs(site, work)
            (work / "floor-out").mkdir(exist_ok=True)
            commands = {
                "C floor (2 processes)": f"{work}/floor {work}/template.html {work}/list1 {work}/floor-out & {work}/floor {work}/template.html {work}/list2 {work}/floor-out; wait",
                "Hugo": f"hugo --quiet --source {hugo} --destination {work}/hugo-out{size}",
                "waymark build": f"{waymark} build --root {project} --output {site}",
                "waymark check": f"{waymark} check --root {project}",
                "waymark validate": f"{waymark} validate --root {project}",
                "waymark lint --format sarif": f"{waymark} lint --root {project} --format sarif",
            }
            samples = {name: [] for name in commands}
            for _ in range(args.runs):
                for name, command in commands.items():
                    samples[name].append(timed(command))
            latency = serve_latency(waymark, project)
            steps = step_timings(waymark, project, site)
            medians = {name: tuple(statistics.median(x[i] for x in runs) for i in range(3)) for name, runs in samples.items()}
            rows.append((size, pages, medians, latency))
            print_size(size, pages, medians, latency)
            print_steps(steps)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\nTime per page (ms), waymark build, wall: " + ", ".join(f"{s}: {m['waymark build'][0] / p * 1000:.2f}" for s, p, m, _ in rows))
    print("Time per page (ms), waymark build, CPU: " + ", ".join(f"{s}: {m['waymark build'][1] / p * 1000:.2f}" for s, p, m, _ in rows))


def step_timings(waymark: str, project: pathlib.Path, site: pathlib.Path, runs: int = 3):
    """Each pipeline step's time (`waymark build --timings`: `timing <step> <ms> ms` on stderr), medians of `runs`."""
    samples = {}
    for _ in range(runs):
        result = subprocess.run([waymark, "build", "--timings", "--root", str(project), "--output", str(site)], capture_output=True, text=True)
        for step, ms in re.findall(r"^timing (\S+) ([0-9.]+) ms$", result.stderr, re.M):
            samples.setdefault(step, []).append(float(ms))
    return {step: statistics.median(values) for step, values in samples.items()}


def print_steps(steps):
    if not steps:
        print("(this waymark has no --timings)")
        return
    total = steps.get("total") or sum(v for k, v in steps.items() if k != "total")
    print("\n| `waymark build` step | ms (median) | share |")
    print("| --- | --- | --- |")
    for step, ms in steps.items():
        print(f"| {step} | {ms:,.1f} | {ms / total * 100:.0f} % |")


def print_size(size, pages, medians, latency):
    floor, hugo = medians["C floor (2 processes)"][0], medians["Hugo"][0]
    print(f"\n{pages} pages ({pages // LOCALES} guides x {LOCALES} locales), medians:")
    # On a shared machine wall time is mostly waiting: CPU time (user + sys) is printed beside it.
    floor_cpu, hugo_cpu = medians["C floor (2 processes)"][1], medians["Hugo"][1]
    print("| | wall | CPU (user+sys) | pages/s | cores used | peak memory | vs Hugo (pages/s) | vs C floor (time) | vs Hugo (CPU) | vs C floor (CPU) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, (wall, cpu, rss) in medians.items():
        print(
            f"| {name} | {wall:.2f} s | {cpu:.2f} s | {pages / wall:,.0f} | {cpu / wall:.2f} | {rss:,.0f} MB | {hugo / wall:.2f}x | {wall / floor:.1f}x"
            f" | {hugo_cpu / cpu:.2f}x | {cpu / floor_cpu:.1f}x |")
    if latency is not None:
        print(f"| waymark serve: edit to new page served | {latency:.0f} ms | | | | | | | | |")


if __name__ == "__main__":
    main()
