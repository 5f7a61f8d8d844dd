# Reads an exposition on stdin and checks it with the OpenMetrics reference parser (prometheus_client's
# openmetrics.parser, Debian package python3-prometheus-client). Exit 0: valid, prints one family name a line;
# 1: rejected by the parser; 2: a family named with the prefix in argv[1] has no HELP text; 3: parser missing.
import sys

try:
    from prometheus_client.openmetrics.parser import text_string_to_metric_families
except ImportError as missing:
    print("the OpenMetrics reference parser is not installed: %s" % missing, file=sys.stderr)
    sys.exit(3)

own_prefix = sys.argv[1]
text = sys.stdin.read()
try:
    families = list(text_string_to_metric_families(text))
except Exception as rejected:
    print("not valid OpenMetrics: %s" % rejected, file=sys.stderr)
    sys.exit(1)
blank = [f.name for f in families if f.name.startswith(own_prefix) and not f.documentation.strip()]
if blank:
    print("own metrics without HELP: %s" % ", ".join(blank), file=sys.stderr)
    sys.exit(2)
for family in families:
    print(family.name)
