#!/usr/bin/env python3
"""Open a page written by `diplograph build -o graph.html` in headless Chromium and drive it.

Talks the DevTools protocol over --remote-debugging-pipe (no third-party Python package): loads
the page, waits for #graph-status to carry data-nodes / data-edges, optionally types a name into
the search box and two names into the path form and submits them through the page's own forms,
records every script error, console error and dialog, and saves a screenshot.

    scripts/browser-check.py PAGE.html [--search NAME] [--path FROM TO] [--weighted]
                             [--screenshot OUT.png] [--timeout SECONDS] [--wait-layout]
                             [--eval JS] [--size WIDTHxHEIGHT]

Prints one JSON object on standard output:
    {"nodes": 84, "edges": 322, "load_ms": 812, "layout_ms": 812 (with --wait-layout), "errors": [], "dialogs": [],
     "search": {"title": "...", "text": "..."}, "path": {"hops": "2", "path": "A → B → C"},
     "images": 0, "title": "..."}
Exit status: 0 when the page loaded (errors are reported, not judged), 2 when Chromium is
missing, 1 when the page never drew or Chromium failed.
"""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Browser:
    def __init__(self, binary, profile):
        # Chromium reads commands from fd 3 and writes replies to fd 4.
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()
        args = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-sync", "--mute-audio",
                "--allow-file-access-from-files", "--user-data-dir=" + profile,
                "--window-size=1280,800", "about:blank"]

        # Move both ends above 4 first, so that placing one at 3 or 4 cannot clobber the other.
        high_r, high_w = os.dup(to_child_r), os.dup(from_child_w)
        while min(high_r, high_w) <= 4:
            high_r, high_w = os.dup(high_r), os.dup(high_w)

        def child_fds():
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.log = tempfile.TemporaryFile()
        # close_fds would also close 3 and 4 after preexec_fn; every other descriptor here is
        # non-inheritable (PEP 446), so exec closes it anyway.
        self.proc = subprocess.Popen(args, close_fds=False, preexec_fn=child_fds,
                                     stdout=self.log, stderr=self.log, stdin=subprocess.DEVNULL)
        for fd in (to_child_r, from_child_w, high_r, high_w):
            os.close(fd)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        return self.next_id

    def read_message(self, deadline):
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise TimeoutError("no reply from chromium")
            chunk = os.read(self.from_child, 1 << 20)
            if not chunk:
                self.log.seek(0)
                raise RuntimeError("chromium closed the pipe: " + self.log.read().decode(errors="replace")[-2000:])
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, params=None, timeout=60, session=True):
        wanted = self.send(method, params, session)
        deadline = time.time() + timeout
        while True:
            message = self.read_message(deadline)
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError("%s: %s" % (method, message["error"]))
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)
                # A dialog blocks the page until answered: record it (problems() reports it)
                # and dismiss it without waiting for the reply.
                if message["method"] == "Page.javascriptDialogOpening":
                    self.send("Page.handleJavaScriptDialog", {"accept": False})

    def evaluate(self, expression, timeout=60):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                 "awaitPromise": True}, timeout)
        if "exceptionDetails" in result:
            raise RuntimeError("evaluate failed: %s" % result["exceptionDetails"].get("text"))
        return result["result"].get("value")

    def close(self):
        try:
            self.call("Browser.close", session=False, timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def problems(events):
    errors, dialogs = [], []
    for ev in events:
        method, params = ev.get("method"), ev.get("params", {})
        if method == "Runtime.exceptionThrown":
            d = params.get("exceptionDetails", {})
            errors.append("exception: " + (d.get("exception", {}).get("description") or d.get("text", "")))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            errors.append("console.%s: %s" % (params["type"], " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            errors.append("log: " + params["entry"].get("text", ""))
        elif method == "Page.javascriptDialogOpening":
            dialogs.append(params.get("type", "") + ": " + params.get("message", ""))
    return errors, dialogs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page")
    parser.add_argument("--search")
    parser.add_argument("--path", nargs=2, metavar=("FROM", "TO"))
    parser.add_argument("--weighted", action="store_true")
    parser.add_argument("--screenshot")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--eval", dest="script", help="JavaScript to run after the search and path, before the screenshot (its value is the report's \"eval\")")
    parser.add_argument("--size", default="1280x800", help="viewport WIDTHxHEIGHT (default 1280x800)")
    parser.add_argument("--wait-layout", action="store_true",
                        help="also wait until the layout has stopped (data-layout=done) and report layout_ms")
    args = parser.parse_args()

    binary = find_chromium()
    if binary is None:
        print("browser-check: chromium is not installed", file=sys.stderr)
        return 2
    profile = tempfile.mkdtemp(prefix="diplograph-chromium-")
    browser = Browser(binary, profile)
    out = {}
    try:
        targets = browser.call("Target.getTargets", session=False)["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        browser.session = browser.call("Target.attachToTarget", {"targetId": page["targetId"], "flatten": True},
                                       session=False)["sessionId"]
        for domain in ("Runtime", "Log", "Page"):
            browser.call(domain + ".enable")
        width, height = (int(x) for x in args.size.split("x"))
        browser.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        url = "file://" + os.path.abspath(args.page)
        start = time.time()
        browser.call("Page.navigate", {"url": url})
        deadline = start + args.timeout
        while True:
            ready = browser.evaluate("(function(){var s=document.getElementById('graph-status');"
                                     "return s && s.dataset.ready === 'true' ? [s.dataset.nodes, s.dataset.edges] : null;})()")
            if ready:
                break
            if time.time() > deadline:
                text = browser.evaluate("(document.getElementById('graph-status')||{}).textContent || ''")
                errors, _ = problems(browser.events)
                print(json.dumps({"error": "the page did not draw in %ss" % args.timeout, "status": text,
                                  "errors": errors}), flush=True)
                return 1
            time.sleep(0.05)
        out["load_ms"] = int((time.time() - start) * 1000)
        out["nodes"], out["edges"] = int(ready[0]), int(ready[1])
        out["title"] = browser.evaluate("document.title")
        if args.wait_layout:
            while browser.evaluate("document.getElementById('graph-status').dataset.layout") != "done":
                if time.time() > deadline:
                    out["layout_ms"] = None
                    break
                time.sleep(0.1)
            else:
                out["layout_ms"] = int((time.time() - start) * 1000)

        if args.search is not None:
            browser.evaluate("(function(q){var i=document.getElementById('search'); i.value=q;"
                             "document.getElementById('search-form').requestSubmit();})(%s)" % json.dumps(args.search))
            out["search"] = browser.evaluate(
                "(function(){var i=document.getElementById('info'); var h=i.querySelector('h2');"
                "return {title: h ? h.textContent : '', text: i.textContent, node: i.dataset.node || null};})()")
        if args.path:
            browser.evaluate("(function(a,b,w){document.getElementById('path-from').value=a;"
                             "document.getElementById('path-to').value=b;"
                             "document.getElementById('path-weighted').checked=w;"
                             "document.getElementById('path-form').requestSubmit();})(%s,%s,%s)"
                             % (json.dumps(args.path[0]), json.dumps(args.path[1]), json.dumps(args.weighted)))
            out["path"] = browser.evaluate(
                "(function(){var r=document.getElementById('path-result'); var i=document.getElementById('info');"
                "return r ? {hops: r.dataset.hops, path: r.dataset.path || null} : {hops: null, text: i.textContent};})()")
            out["after_path"] = browser.evaluate(
                "(function(){var s=document.getElementById('graph-status');return [s.dataset.nodes, s.dataset.edges];})()")
        if args.script:
            out["eval"] = browser.evaluate(args.script)
            out["after_eval"] = browser.evaluate(
                "(function(){var s=document.getElementById('graph-status');return [+s.dataset.nodes, +s.dataset.edges];})()")
        # Let any deferred script (a stray onerror handler, a timer) run before looking.
        time.sleep(0.3)
        out["images"] = browser.evaluate("document.images.length")
        out["scripts"] = browser.evaluate("document.scripts.length")
        if args.screenshot:
            shot = browser.call("Page.captureScreenshot", {"format": "png"})
            with open(args.screenshot, "wb") as f:
                f.write(base64.b64decode(shot["data"]))
        # Drain events that arrived after the last call.
        browser.evaluate("1")
        out["errors"], out["dialogs"] = problems(browser.events)
        print(json.dumps(out, ensure_ascii=False), flush=True)
        return 0
    finally:
        browser.close()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
