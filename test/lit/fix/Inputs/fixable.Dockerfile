FROM debian:12
RUN apt-get update && apt-get install -y jq
RUN apk add curl && apk add git
RUN pip install requests
RUN sudo make install
