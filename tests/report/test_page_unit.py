import json

from benchlens.report.page import safe_json


def test_safe_json_cannot_close_a_script():
    s = safe_json({"x": "</script><!-- & \u2028"})
    assert "</" not in s and "<!--" not in s and "&" not in s
    assert json.loads(s) == {"x": "</script><!-- & \u2028"}
