// DF301: a container that runs as root turns any compromise of the process into root on the
// container, and often on the host. Only the final stage matters: it is what runs.
#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "frontend/Text.h"

#include "passes/rules/RuleClass.h"
#include "passes/rules/user/UserFindings.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(FinalUserRoot);

namespace {

/// True when the stage or a stage it may be built on sets CMD or ENTRYPOINT.
bool hasCommand(const StageGraph& graph, std::size_t stage) {
  std::vector<std::size_t> work{stage};
  std::vector<bool> seen(graph.stages().size(), false);
  while (!work.empty()) {
    std::size_t current = work.back();
    work.pop_back();
    if (seen[current])
      continue;
    seen[current] = true;
    const Stage& s = graph.stages()[current];
    for (const ast::Instruction* node : s.body)
      if (node->kind == ast::InstructionKind::Cmd || node->kind == ast::InstructionKind::Entrypoint)
        return true;
    if (s.parent)
      work.push_back(*s.parent);
    work.insert(work.end(), s.possibleParents.begin(), s.possibleParents.end());
  }
  return false;
}

/// The Docker Hub repository of `image` ('postgres' for 'docker.io/library/postgres:16@sha256:...'),
/// or "" when it is on another registry.
std::string hubRepository(std::string_view image) {
  std::string name = frontend::toLowerAscii(image.substr(0, image.find('@')));
  std::size_t colon = name.rfind(':');
  if (colon != std::string::npos && name.find('/', colon) == std::string::npos)
    name.erase(colon);
  for (std::string_view prefix : {"index.docker.io/", "docker.io/", "mirror.gcr.io/"})
    if (name.rfind(prefix, 0) == 0) {
      name.erase(0, prefix.size());
      break;
    }
  if (name.rfind("library/", 0) == 0)
    name.erase(0, 8);
  std::size_t slash = name.find('/');
  if (slash != std::string::npos && name.substr(0, slash).find_first_of(".:") != std::string::npos)
    return std::string(); // another registry
  return name;
}

/// Official images whose docker-entrypoint.sh starts as root and then runs the server as its own
/// user (gosu / su-exec), when the command is the server or only its options.
struct SteppingDownImage {
  std::string_view repository;
  std::string_view server; ///< a command that starts with this is run as the service user
};
constexpr std::array<SteppingDownImage, 7> kSteppingDownImages{{
    {"postgres", "postgres"}, {"mysql", "mysqld"}, {"mariadb", "mariadbd"}, {"redis", "redis-server"},
    {"rabbitmq", "rabbitmq"}, {"mongo", "mongo"}, {"cassandra", "cassandra"}}};

/// Images whose own Dockerfile ends with a non-root USER.
constexpr std::array<std::string_view, 4> kNonRootImages{
    {"memcached", "jenkins/jenkins", "nginxinc/nginx-unprivileged", "grafana/grafana"}};

/// The CMD and ENTRYPOINT in force at the end of `stage`, from it and the stages it is built on;
/// `complete` is false when the FROM chain is ambiguous.
struct ChainCommands {
  const ast::CommandInstruction* cmd = nullptr;
  const ast::CommandInstruction* entrypoint = nullptr;
  bool complete = true;
};
ChainCommands chainCommands(const StageGraph& graph, std::size_t stage) {
  ChainCommands found;
  std::optional<std::size_t> current = stage;
  std::vector<bool> seen(graph.stages().size(), false);
  while (current && !seen[*current]) {
    seen[*current] = true;
    const Stage& s = graph.stages()[*current];
    for (auto it = s.body.rbegin(); it != s.body.rend(); ++it) {
      const auto* command = ast::dyn_cast<ast::CommandInstruction>(*it);
      if (command && command->kind == ast::InstructionKind::Cmd && !found.cmd)
        found.cmd = command;
      if (command && command->kind == ast::InstructionKind::Entrypoint && !found.entrypoint)
        found.entrypoint = command;
    }
    if (!s.parent && !s.possibleParents.empty())
      found.complete = false;
    current = s.parent;
  }
  return found;
}

/// True when the base image is known not to run its program as root although the Dockerfile
/// sets no USER: it defaults to a non-root user, or its entrypoint steps down to one and the
/// Dockerfile keeps that entrypoint and a command it steps down for.
bool imageDropsRoot(const StageGraph& graph, std::size_t last, std::string_view image) {
  const std::string repository = hubRepository(image);
  if (repository.empty())
    return false;
  if (std::find(kNonRootImages.begin(), kNonRootImages.end(), repository) != kNonRootImages.end())
    return true;
  auto known = std::find_if(kSteppingDownImages.begin(), kSteppingDownImages.end(),
                            [&](const SteppingDownImage& i) { return i.repository == repository; });
  if (known == kSteppingDownImages.end())
    return false;
  const ChainCommands commands = chainCommands(graph, last);
  if (!commands.complete || commands.entrypoint)
    return false; // another entrypoint does not step down
  if (!commands.cmd)
    return true;
  // The entrypoint gets the CMD's words: exec form only (shell form runs '/bin/sh -c').
  const ast::Command& cmd = commands.cmd->command;
  if (!cmd.json || cmd.elements.empty())
    return false;
  const std::string& first = cmd.elements.front().text;
  return first.rfind('-', 0) == 0 || first.rfind(known->server, 0) == 0;
}

/// True when `text` has `word` not inside a longer name ('gosu' in '/gosu-amd64', not in 'gosux').
bool mentions(std::string_view text, std::string_view word) {
  auto namePart = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; };
  for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const bool before = at > 0 && namePart(text[at - 1]);
    const bool after = at + word.size() < text.size() && namePart(text[at + word.size()]);
    if (!before && !after)
      return true;
  }
  return false;
}

/// The docker-library pattern for images that define a service: a RUN installs gosu or su-exec
/// and an ENTRYPOINT script runs the server through it as the service user. dlint cannot read
/// the script, so installing the tool and setting an ENTRYPOINT is taken as that pattern.
bool entrypointStepsDown(const RuleContext& context, const StageGraph& graph, std::size_t last) {
  const ChainCommands commands = chainCommands(graph, last);
  if (!commands.complete || !commands.entrypoint)
    return false;
  const std::string_view source = context.source().text();
  for (std::optional<std::size_t> s = last; s; s = graph.stages()[*s].parent)
    for (const ast::Instruction* node : graph.stages()[*s].body) {
      if (node->kind != ast::InstructionKind::Run || node->range.end > source.size())
        continue;
      std::string_view text = source.substr(node->range.begin, node->range.size());
      if (mentions(text, "gosu") || mentions(text, "su-exec"))
        return true;
    }
  return false;
}

void reportImageUser(RuleContext& context, const RuleInfo& info, const StageGraph& graph, std::size_t last,
                     const EffectiveUser& user) {
  std::optional<std::size_t> root = graph.chainRoot(last);
  std::string image = root ? graph.stages()[*root].base : std::string();
  std::vector<std::size_t> roots = graph.chainRoots(last);
  const bool scratch = !roots.empty() && std::all_of(roots.begin(), roots.end(), [&](std::size_t r) {
    return graph.stages()[r].base == "scratch";
  });
  SourceRange range = finalUserLocation(graph, last, user);
  std::string message;
  std::string advice = "add 'USER <non-root user>' after the last instruction that needs root";
  if (scratch) {
    // With no command a scratch image is a set of files (`--output`, `COPY --from=`), not a
    // program: nothing in it runs as anyone.
    if (!hasCommand(graph, last))
      return;
    message = "the final stage is built on 'scratch' and sets no USER, so its program runs as uid 0";
    advice = "'scratch' has no /etc/passwd: use a numeric user, such as 'USER 65532:65532'";
  } else if (user.resolved) {
    // The only root-like default knownDefaultUser() gives: Windows Server Core's.
    message = "the final stage sets no USER, so it runs as '" + *user.resolved + "', the default user of '" + image + "'";
    advice = "add 'USER ContainerUser' after the last instruction that needs administrator rights";
  } else if (!image.empty()) {
    if (imageDropsRoot(graph, last, image) || entrypointStepsDown(context, graph, last))
      return;
    message = "the final stage sets no USER, so it runs as the default user of '" + image + "', which is root for most images";
  } else {
    if (entrypointStepsDown(context, graph, last))
      return;
    message = "the final stage sets no USER, so it runs as its base image's default user, which is root for most images";
  }
  Diagnostic d = context.make(info, range, message);
  if (root && *root != last)
    d.notes.push_back({"the final stage is built on " + stageLabel(graph.stages()[*root]) + ", which starts from that image",
                       baseLocation(graph.stages()[*root])});
  d.notes.push_back({advice, std::nullopt});
  context.emit(std::move(d));
}

} // namespace

void FinalUserRoot::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  std::optional<std::size_t> last = graph.finalStage();
  if (!last)
    return;
  const UserTimeline& users = context.get<UserTimeline>();
  const EffectiveUser& user = users.finalUser(*last);
  if (user.ambiguous)
    return;
  if (user.fromImage()) {
    // An image known to default to a non-root user (distroless ':nonroot', Nano Server) is fine.
    if (!user.resolved || isRootUser(*user.resolved))
      reportImageUser(context, info(), graph, *last, user);
    return;
  }
  // A switch back to root after a non-root user is DF303's finding.
  if (!user.isRoot() || earlierNonRootUser(users.history(*last)))
    return;
  Diagnostic d = context.make(info(), finalUserLocation(graph, *last, user), "the final stage runs as " + quoteUser(user));
  if (graph.stageOf(user.setBy) != last) {
    const Stage& owner = graph.stages()[*graph.stageOf(user.setBy)];
    d.message += ", set in " + stageLabel(owner) + " that it is built on";
    d.notes.push_back({"'" + user.user + "' is set here", user.setBy->value->range});
  }
  d.notes.push_back({"add 'USER <non-root user>' after the last instruction that needs root", std::nullopt});
  context.emit(std::move(d));
}

} // namespace dlint::passes::rules
