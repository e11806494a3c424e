// The COPY/ADD rules' source classification: BuildKit's git/http/local split, git refs,
// archive names and bytes, keyword case, and ignore-file pattern lines.
#include <catch2/catch.hpp>

#include <string>

#include "passes/rules/copyadd/BuildContext.h"
#include "passes/rules/copyadd/CopyAddSources.h"

using namespace dlint::passes::rules::copyadd;

TEST_CASE("sourceKind follows BuildKit's ParseGitRef and isHTTPSource", "[copyadd]") {
  CHECK(sourceKind("src/") == SourceKind::Local);
  CHECK(sourceKind(".") == SourceKind::Local);
  CHECK(sourceKind("<<EOF") == SourceKind::Heredoc);
  CHECK(sourceKind("https://example.com/a.tar.gz") == SourceKind::Http);
  CHECK(sourceKind("http://example.com/tool") == SourceKind::Http);
  CHECK(sourceKind("https://github.com/moby/buildkit.git#v0.14.0") == SourceKind::Git);
  CHECK(sourceKind("https://github.com/moby/buildkit.git?ref=main") == SourceKind::Git);
  CHECK(sourceKind("https://github.com/moby/buildkit") == SourceKind::Http);
  CHECK(sourceKind("git@github.com:moby/buildkit.git") == SourceKind::Git);
  CHECK(sourceKind("git://example.com/repo") == SourceKind::Git);
  CHECK(sourceKind("ssh://git@example.com/repo.git") == SourceKind::Git);
  // BuildKit treats a scheme-less github.com path as local now.
  CHECK(sourceKind("github.com/moby/buildkit") == SourceKind::Local);
  CHECK(sourceKind("./user@host:path") == SourceKind::Local);
  CHECK(sourceKind("dir/user@host:x") == SourceKind::Local);
}

TEST_CASE("gitRef reads the fragment or the query", "[copyadd]") {
  CHECK(gitRef("https://github.com/a/b.git") == "");
  CHECK(gitRef("https://github.com/a/b.git#v1.2:sub/dir") == "v1.2");
  CHECK(gitRef("https://github.com/a/b.git?tag=v1&commit=0123456789abcdef0123456789abcdef01234567") ==
        "0123456789abcdef0123456789abcdef01234567");
  CHECK(gitRef("https://github.com/a/b.git?branch=main") == "main");
  CHECK(isFullCommitId("0123456789abcdef0123456789abcdef01234567"));
  CHECK_FALSE(isFullCommitId("0123456"));
  CHECK_FALSE(isFullCommitId("v1.2.3"));
}

TEST_CASE("archive names and bytes", "[copyadd]") {
  CHECK(looksLikeArchiveName("rootfs.tar.xz"));
  CHECK(looksLikeArchiveName("a/B.TGZ"));
  CHECK(looksLikeArchiveName("data.gz"));
  CHECK(looksLikeArchiveName("*.tar.gz"));
  CHECK_FALSE(looksLikeArchiveName("app.jar"));
  CHECK_FALSE(looksLikeArchiveName("site.zip"));
  CHECK_FALSE(looksLikeArchiveName("dist.tar/"));
  CHECK(looksLikeArchiveContent(std::string("\x1f\x8b\x08\x00", 4)));
  CHECK(looksLikeArchiveContent("BZh91AY"));
  std::string tar(512, '\0');
  tar.replace(257, 5, "ustar");
  CHECK(looksLikeArchiveContent(tar));
  CHECK_FALSE(looksLikeArchiveContent("#!/bin/sh\necho hi\n"));
}

TEST_CASE("wildcards and keyword case", "[copyadd]") {
  CHECK(hasWildcard("*.json"));
  CHECK(hasWildcard("file?.txt"));
  CHECK(hasWildcard("[ab].txt"));
  CHECK_FALSE(hasWildcard("src/main.go"));
  CHECK(keywordInCaseOf("ADD", "COPY") == "COPY");
  CHECK(keywordInCaseOf("add", "COPY") == "copy");
  CHECK(keywordInCaseOf("Add", "COPY") == "Copy");
}

TEST_CASE("ignorePatterns keeps line numbers and skips comments", "[copyadd]") {
  const std::vector<IgnorePattern> patterns = ignorePatterns("# comment\n\n  *.md  \n !keep.md\nsecrets/\n");
  REQUIRE(patterns.size() == 3);
  CHECK(patterns[0].text == "*.md");
  CHECK(patterns[0].line == 3);
  CHECK(patterns[1].text == "!keep.md");
  CHECK(patterns[2].line == 5);
}
