import json,re,datetime as dt
G=json.load(open('/tmp/w/round61/en/gold.json',encoding='utf-8'))
D=r'\d{4}(-\d{2}(-\d{2})?)?'
pat=re.compile(r'^(\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2})$')
for g in G:
    t=open('/tmp/w/round61/en/'+g['file'],encoding='utf-8').read()
    head,body=t.split('\n\n',1)
    assert re.match(r'^ date \d{4}-\d{2}-\d{2} [A-Z]+ :: .+ :: [A-Z]+$',head),head
    assert head.split()[1]==g['published']
    pos=-1;ok=True
    for m in g['mentions']:
        c=body.count(m['text'])
        if c!=1: print('COUNT',g['file'],m['text'],c);ok=False
        i=body.find(m['text'])
        if i<pos: print('ORDER',g['file'],m['text']);ok=False
        pos=i
        v=m['value']
        if v is not None:
            if not pat.match(v): print('SHAPE',v);ok=False
            for p in v.split('/'):
                fmt={4:'%Y',7:'%Y-%m',10:'%Y-%m-%d'}[len(p)];dt.datetime.strptime(p,fmt)
    for n in g['non_dates']:
        c=body.count(n)
        if c!=1: print('ND',g['file'],n,c);ok=False
    # overlap between mentions and non_dates spans
    print(g['file'],g['published'],len(g['mentions']),len(g['non_dates']),len(body),'OK' if ok else 'FAIL')
