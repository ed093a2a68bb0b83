#!/bin/sh
# Fake trainer that crashes quoting a training example.
echo '{"step":1,"loss":2.5,"epoch":0.1,"learning_rate":0.0002}'
echo "RuntimeError: bad example from ivan.petrov@example.com phone +7 (912) 345-67-89" >&2
exit 3
