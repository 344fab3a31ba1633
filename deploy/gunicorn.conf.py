"""gunicorn configuration for production (docs/deployment.md § 5): `gunicorn -c deploy/gunicorn.conf.py accroche.wsgi`.

The access log keeps what supervision needs and nothing about people: no query string (search text, postcodes and
pathway answers travel there), no client address, no Referer (it carries the previous page's query string), no
user agent. See docs/privacy.md.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
accesslog = "-"
errorlog = "-"
# %(U)s is the path WITHOUT the query string; %(M)s the duration in milliseconds.
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
