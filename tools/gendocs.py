import re
p='docs/model.md'
s=open(p).read()
start=s.index('| variable | unit | meaning | yearly value | by crop year |')
end=s.index('`events.csv` lists')
v=open('src/OneCountry.Model/Simulation/Variables.cs').read()
rows=re.findall(r'new\("([a-z_]+)", "([^"]*)", "([^"]*)", Aggregation\.(\w+), (true|false)\)',v)
agg={'Sum':'sum of months','Mean':'mean of months','Last':'value in the last month'}
out=['| variable | unit | meaning | yearly value | by crop year |','|---|---|---|---|---|']
for n,u,m,a,c in rows:
    out.append(f'| `{n}` | {u} | {m} | {agg[a]} | {"yes" if c=="true" else ""} |')
s=s[:start]+'\n'.join(out)+'\n\n'+s[end:]
src=open('src/OneCountry.Model/Simulation/Policy.cs').read()
lrows=re.findall(r'new\("([a-z_]+)", "([^"]*)", "([^"]*)", ([0-9.]+), ([0-9.]+), ([0-9.]+), (true|false)\)',src)
lout=['| lever | meaning | unit | default | range |','|---|---|---|---|---|']
for n,m,u,d,lo,hi,sw in lrows:
    lout.append(f'| `{n}` | {m} | {u} | {d} | {lo} – {hi} |')
start=s.index('| lever | meaning | unit | default | range |')
end=s.index('## 7. Submodels')
s=s[:start]+'\n'.join(lout)+'\n\n'+s[end:]
open(p,'w').write(s)
