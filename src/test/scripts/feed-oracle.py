import json, os, sys, calendar, feedparser
root = sys.argv[1]
out = {}
for dirpath, _, files in os.walk(root):
    for f in sorted(files):
        path = os.path.join(dirpath, f)
        rel = os.path.relpath(path, root)
        url = "http://127.0.0.1/corpus/" + rel
        data = open(path, 'rb').read()
        d = feedparser.parse(data, response_headers={'content-location': url}, sanitize_html=True)
        entries = []
        for e in d.entries:
            t = e.get('published_parsed') or e.get('updated_parsed')
            entries.append({
                'title': e.get('title'),
                'link': e.get('link'),
                'published': None if t is None else calendar.timegm(t),
                'text': bool(e.get('content') or e.get('summary')),
            })
        out[rel] = {'version': d.get('version', ''), 'bozo': bool(d.get('bozo')), 'entries': entries}
json.dump(out, sys.stdout, ensure_ascii=False, indent=0, sort_keys=True)
