#!/bin/sh
# Fake trainer that runs until stopped.
echo '{"step":1,"loss":2.5,"epoch":0.1,"learning_rate":0.0002}'
sleep 30 &
wait $!
