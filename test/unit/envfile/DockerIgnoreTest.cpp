// The .dockerignore matcher against BuildKit's documented semantics (moby/patternmatcher).
#include <catch2/catch.hpp>

#include "envfile/DockerIgnore.h"

using dlint::envfile::DockerIgnore;
using dlint::envfile::dockerIgnoreGlobMatch;

TEST_CASE("dockerignore globs", "[envfile]") {
  CHECK(dockerIgnoreGlobMatch("*.env", "prod.env") == true);
  CHECK(dockerIgnoreGlobMatch("*.env", "a/prod.env") == false); // '*' stops at '/'
  CHECK(dockerIgnoreGlobMatch("*/.env", "a/.env") == true);
  CHECK(dockerIgnoreGlobMatch(".env?", ".env1") == true);
  CHECK(dockerIgnoreGlobMatch(".env?", ".env") == false);
  CHECK(dockerIgnoreGlobMatch("?", "\xC3\xA9") == true); // one code point, two bytes
  CHECK(dockerIgnoreGlobMatch(".env.[a-m]*", ".env.local") == true);
  CHECK(dockerIgnoreGlobMatch(".env.[^a-m]*", ".env.local") == false);
  CHECK(dockerIgnoreGlobMatch(".env.[^a-m]*", ".env.prod") == true);
  CHECK(dockerIgnoreGlobMatch("a/**/b", "a/b") == true);
  CHECK(dockerIgnoreGlobMatch("a/**/b", "a/x/y/b") == true);
  CHECK(dockerIgnoreGlobMatch("a/**/b", "a/xb") == false);
  CHECK(dockerIgnoreGlobMatch("a/**", "a/x/y") == true);
  CHECK(dockerIgnoreGlobMatch("**/.env", ".env") == true);
  CHECK(dockerIgnoreGlobMatch("**/.env", "x/y/.env") == true);
  CHECK(dockerIgnoreGlobMatch("**/.env", "x.env") == false);
  CHECK(dockerIgnoreGlobMatch("**.env", "prod.env") == true);    // suffix test, as moby
  CHECK(dockerIgnoreGlobMatch("**/*.env", "x/prod.env") == true); // a wildcard: a real glob
  CHECK(dockerIgnoreGlobMatch("**", "anything/at/all") == true);
  CHECK(dockerIgnoreGlobMatch("\\*.env", "*.env") == true);
  CHECK(dockerIgnoreGlobMatch("\\*.env", "a.env") == false);
  CHECK(dockerIgnoreGlobMatch("a.(b)+", "a.(b)+") == true); // regex characters are plain
  CHECK_FALSE(dockerIgnoreGlobMatch("[a-", "a").has_value());
  CHECK_FALSE(dockerIgnoreGlobMatch("abc\\", "abc").has_value());
  // Linear-time matching: many stars against a long path that does not match.
  std::string path(3000, 'a');
  CHECK(dockerIgnoreGlobMatch("*a*a*a*a*a*a*a*a*a*a*a*a*b", path) == false);
}

TEST_CASE("dockerignore files: comments, negation, parents, cleaning", "[envfile]") {
  DockerIgnore ignore = DockerIgnore::parse("\xEF\xBB\xBF# comment\n"
                                            "  \n"
                                            "/secrets/\n"
                                            "*.env\n"
                                            "!keep.env\n"
                                            "config/./local/../.env.*\n"
                                            "  # not a comment: leading space\n");
  CHECK(ignore.excludes("secrets/db.txt"));      // a parent folder matches
  CHECK(ignore.excludes("secrets"));
  CHECK(ignore.excludes("prod.env"));
  CHECK_FALSE(ignore.excludes("keep.env"));      // re-included
  CHECK_FALSE(ignore.excludes("sub/prod.env"));  // '*' does not cross folders
  CHECK(ignore.excludes("config/.env.local"));   // the pattern was cleaned
  CHECK(ignore.excludes("./prod.env"));          // so is the path
  CHECK(ignore.excludes(".env"));                // '*' may match nothing
  CHECK_FALSE(ignore.excludes("env"));
  CHECK(ignore.excludes("# not a comment: leading space"));

  // The last matching pattern decides; a re-included file under an excluded folder.
  DockerIgnore order({"app", "!app/.env.example", "app/.env.*"});
  CHECK(order.excludes("app/.env.example"));
  DockerIgnore reinclude({"app", "!app/.env.example"});
  CHECK_FALSE(reinclude.excludes("app/.env.example"));
  CHECK(reinclude.excludes("app/.env"));

  DockerIgnore invalid({"[a-", "!", ".env"});
  CHECK(invalid.invalidPatterns().size() == 2);
  CHECK(invalid.excludes(".env"));
}

TEST_CASE("dockerignore path cleaning follows Go's path.Clean", "[envfile]") {
  CHECK(DockerIgnore::cleanPath("") == ".");
  CHECK(DockerIgnore::cleanPath("a//b/./c/..") == "a/b");
  CHECK(DockerIgnore::cleanPath("/../a/") == "/a");
  CHECK(DockerIgnore::cleanPath("../a") == "../a");
  CHECK(DockerIgnore::cleanPath("a/../..") == "..");
}
