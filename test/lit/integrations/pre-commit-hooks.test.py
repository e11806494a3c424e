import re
import sys

import yaml

hooks = {hook["id"]: hook for hook in yaml.safe_load(open(sys.argv[1], encoding="utf-8"))}
assert set(hooks) == {"dlint", "dlint-fix"}, hooks.keys()
for hook in hooks.values():
    for key in ("id", "name", "entry", "language", "files"):
        assert key in hook, (hook["id"], key)
    assert hook["entry"].split()[0] == "dlint", hook["entry"]


def picks(hook, path):
    if not re.search(hook["files"], path):
        return False
    return not ("exclude" in hook and re.search(hook["exclude"], path))


lint = hooks["dlint"]
for path in ["Dockerfile", "docker/Dockerfile", "Dockerfile.dev", "build/app.Dockerfile", "Containerfile",
             "Containerfile.prod", ".env", "deploy/.env.production", "prod.env", "compose.yaml",
             "docker-compose.yml", "deploy/docker-compose.override.yml", "compose.prod.yaml"]:
    assert picks(lint, path), path
for path in ["README.md", "Dockerfile/notes.txt", "src/environment.py", ".env.example", "a/.env.sample",
             ".env.template", "dockerfile-guide.md", "compose.json", "mycompose.yml", "ci.yml"]:
    assert not picks(lint, path), path
fix = hooks["dlint-fix"]
assert picks(fix, "Dockerfile") and not picks(fix, ".env"), "dlint-fix only rewrites Dockerfiles"
print("ok")
