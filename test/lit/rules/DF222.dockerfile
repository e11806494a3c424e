# DF222 shell-form-command: CMD or ENTRYPOINT in shell form, with no SHELL earlier in the stage
# or in a stage it is built FROM. A plain program call gets an unsafe fix to the JSON form (an
# 'exec' in front is dropped); anything that needs the shell gets a note instead.
# RUN: %expect_exit 1 %dlint --color=never --select=DF222 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF222]'

FROM nginx:1.27 AS web
CMD nginx -g "daemon off;"
# CHECK:{{.*}}DF222.dockerfile:[[@LINE-1]]:5: warning: CMD in shell form runs under '/bin/sh -c', which does not pass stop signals on to the command; use the JSON form [DF222]
# CHECK-NEXT:CMD nginx -g "daemon off;"
# CHECK-NEXT:    ^~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:    ["nginx", "-g", "daemon off;"]
ENTRYPOINT /docker-entrypoint.sh
# CHECK:{{.*}}DF222.dockerfile:[[@LINE-1]]:12: warning: ENTRYPOINT in shell form {{.*}} [DF222]
# CHECK-NEXT:ENTRYPOINT /docker-entrypoint.sh
# CHECK-NEXT:           ^~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:           ["/docker-entrypoint.sh"]
# CHECK-NEXT:note: a shell-form ENTRYPOINT also ignores CMD and the arguments of 'docker run'
# No fix: expansions, operators, redirections and globs need the shell.
CMD echo $HOME && nginx
# CHECK:{{.*}}DF222.dockerfile:[[@LINE-1]]:5: warning: CMD in shell form {{.*}} [DF222]
# CHECK-NEXT:CMD echo $HOME && nginx
# CHECK-NEXT:    ^~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: when the command needs the shell, make the shell 'exec' it: CMD ["/bin/sh", "-c", "exec ..."]
CMD python app.py > /tmp/log
# CHECK:{{.*}}DF222.dockerfile:[[@LINE-1]]:5: warning: CMD in shell form {{.*}} [DF222]
CMD ls *.txt
# CHECK:{{.*}}DF222.dockerfile:[[@LINE-1]]:5: warning: CMD in shell form {{.*}} [DF222]
ENTRYPOINT exec gunicorn app:app
# CHECK:{{.*}}DF222.dockerfile:[[@LINE-1]]:12: warning: ENTRYPOINT in shell form ignores CMD and the arguments of 'docker run'; use the JSON form [DF222]
# CHECK-NEXT:ENTRYPOINT exec gunicorn app:app
# CHECK-NEXT:           ^~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:           ["gunicorn", "app:app"]
CMD java \
    -jar /app.jar
# CHECK:{{.*}}DF222.dockerfile:[[@LINE-2]]:5: warning: CMD in shell form {{.*}} [DF222]

# OK: JSON form, HEALTHCHECK and RUN, an 'exec'ed CMD, and a SHELL in the stage or in the stage it is built FROM.
CMD ["nginx", "-g", "daemon off;"]
ENTRYPOINT ["/docker-entrypoint.sh"]
RUN echo not a cmd
# A CMD whose shell ends by exec'ing the program: the program is PID 1 and gets the stop signal
# (the shell is needed for the expansion).
CMD exec java $JAVA_OPTS -jar /app.jar
CMD cd /srv && exec ./server --port "$PORT"
HEALTHCHECK CMD curl -f http://localhost/
FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win
SHELL ["powershell", "-Command"]
CMD Write-Host hello
FROM win
CMD Write-Host child
# No fix: a backslash in a word, and a Windows image without SHELL (its shell is cmd).
FROM alpine:3.20
CMD printf a\\tb
# CHECK:{{.*}}DF222.dockerfile:[[@LINE-1]]:5: warning: CMD in shell form {{.*}} [DF222]
# CHECK-NEXT:CMD printf a\\tb
# CHECK-NEXT:    ^~~~~~~~~~~~
# CHECK-NEXT:note: when the command needs the shell, make the shell 'exec' it: CMD ["/bin/sh", "-c", "exec ..."]
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
CMD "C:\\Program Files\\app.exe" --serve
# CHECK:{{.*}}DF222.dockerfile:[[@LINE-1]]:5: warning: CMD in shell form runs under 'cmd /S /C', {{.*}} [DF222]
# CHECK-NEXT:CMD "C:\\Program Files\\app.exe" --serve
# CHECK-NEXT:    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: write the program and its arguments as a JSON array: CMD ["C:\\app\\app.exe", "--serve"]
# CHECK:9 warnings generated.

# ---- fix: unsafe only ---------------------------------------------------------------------------
# RUN: %expect_exit 1 %dlint --color=never --select=DF222 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF222.dockerfile":{7:5-7:27}:"[\"nginx\", \"-g\", \"daemon off;\"]"
# FIXIT: fix-it:"{{.*}}DF222.dockerfile":{12:12-12:33}:"[\"/docker-entrypoint.sh\"]"
# FIXIT: fix-it:"{{.*}}DF222.dockerfile":{28:12-28:33}:"[\"gunicorn\", \"app:app\"]"
# FIXIT: fix-it:"{{.*}}DF222.dockerfile":{33:5-34:18}:"[\"java\", \"-jar\", \"/app.jar\"]"
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 1 %dlint --color=never --select=DF222 --fix %t.dockerfile > %t.safe
# RUN: cmp %s %t.dockerfile
# RUN: %expect_exit 1 %dlint --color=never --select=DF222 --fix --unsafe-fixes %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 4 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}CMD ["nginx", "-g", "daemon off;"]{{$}}
# TEXT: {{^}}ENTRYPOINT ["/docker-entrypoint.sh"]{{$}}
# TEXT: {{^}}ENTRYPOINT ["gunicorn", "app:app"]{{$}}
# TEXT: {{^}}CMD ["java", "-jar", "/app.jar"]{{$}}
