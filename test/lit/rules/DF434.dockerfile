# DF434 gem-package-not-pinned: every gem 'gem install' names without '-v' / '--version' or
# 'name:version'. '-g' / '--file' (a Gemfile) and local .gem files are fine.
# RUN: %expect_exit 1 %dlint --color=never --select=DF434 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF434]'

FROM ruby:3.3-slim
RUN gem install bundler rails:7.1.3
# CHECK:{{.*}}DF434.dockerfile:[[@LINE-1]]:17: warning: 'bundler' is not pinned to a version: add '-v <version>' or write 'bundler:<version>' [DF434]
# CHECK-NEXT:RUN gem install bundler rails:7.1.3
# CHECK-NEXT:                ^~~~~~~
RUN gem install --no-document \
      rake \
      rubocop
# CHECK:{{.*}}DF434.dockerfile:[[@LINE-2]]:7: warning: 'rake' is not pinned to a version: add '-v <version>' or write 'rake:<version>' [DF434]
# CHECK-NEXT:      rake \
# CHECK-NEXT:      ^~~~
# CHECK:{{.*}}DF434.dockerfile:[[@LINE-4]]:7: warning: 'rubocop' is not pinned to a version: add '-v <version>' or write 'rubocop:<version>' [DF434]
# CHECK-NEXT:      rubocop
# CHECK-NEXT:      ^~~~~~~

ARG GEMS="foreman rspec:3.13.0"
RUN gem install $GEMS
# CHECK:{{.*}}DF434.dockerfile:[[@LINE-1]]:17: warning: 'foreman' is not pinned to a version: add '-v <version>' or write 'foreman:<version>' (from '$GEMS') [DF434]
# CHECK-NEXT:RUN gem install $GEMS
# CHECK-NEXT:                ^~~~~
# CHECK-NEXT:4 warnings generated.

# OK: -v/--version pins, name:version, local .gem files, a Gemfile.
RUN gem install bundler -v 2.5.10 && gem install rake --version=13.2.1
RUN gem install nokogiri:1.16.5 ./vendor/local-1.0.gem /tmp/other.gem
RUN gem install -g Gemfile && gem install --file Gemfile
RUN gem update --system && gem uninstall rake && gem list
RUN gem install "$GEM"
