# DF107 json-non-string: a JSON-form array whose elements are not all strings is a hard parse
# error in BuildKit; the range is the first offending element.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF107]' --implicit-check-not=error: --implicit-check-not=warning:
FROM alpine:3.20

CMD ["nginx", "-g", 0]
# CHECK:{{.*}}DF107.Dockerfile:[[@LINE-1]]:21: error: when using JSON array syntax, arrays must be comprised of strings only [DF107]
# CHECK-NEXT:CMD ["nginx", "-g", 0]
# CHECK-NEXT:                    ^

COPY ["app.py", ["lib"], "/srv/"]
# CHECK:{{.*}}DF107.Dockerfile:[[@LINE-1]]:17: error: when using JSON array syntax, arrays must be comprised of strings only [DF107]
# CHECK-NEXT:COPY ["app.py", ["lib"], "/srv/"]
# CHECK-NEXT:                ^~~~~~~

VOLUME ["/data", null]
# CHECK:{{.*}}DF107.Dockerfile:[[@LINE-1]]:18: error: when using JSON array syntax, arrays must be comprised of strings only [DF107]
# CHECK-NEXT:VOLUME ["/data", null]
# CHECK-NEXT:                 ^~~~

RUN ["sh", "-c", {"script": "true"}]
# CHECK:{{.*}}DF107.Dockerfile:[[@LINE-1]]:18: error: when using JSON array syntax, arrays must be comprised of strings only [DF107]

ENTRYPOINT [true, "first wins"]
# CHECK:{{.*}}DF107.Dockerfile:[[@LINE-1]]:13: error: when using JSON array syntax, arrays must be comprised of strings only [DF107]

# Across a continuation, the element is found on its own line.
HEALTHCHECK CMD ["curl", \
    "-f", 8080]
# CHECK:{{.*}}DF107.Dockerfile:[[@LINE-1]]:11: error: when using JSON array syntax, arrays must be comprised of strings only [DF107]

# OK: arrays of strings, and text that is not valid JSON (it silently becomes shell form).
CMD ["nginx", "-g", "daemon off;"]
CMD []
CMD ["a", 1] extra-text-makes-it-shell-form
CMD ["a", 1,]
CMD ['single', 'quotes']
CMD ["\u0031", "1"]
RUN echo [1, 2, 3]
COPY ["a b.txt", "/dst/"]
# CHECK:6 errors generated.
