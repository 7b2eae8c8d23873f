#!/usr/bin/env python3
"""Writes the Flyway migration that loads the reference units of the 2025 reform.

Input: the reference files of the 2025 reform (provinces-2025.csv, nghe-an-communes-2025.csv,
nghe-an-old-to-new-2025.csv) and the statistics office's list of units as of 01/03/2025
(data/dvhcvn.json of the public repository daohoangson/dvhcvn) for the codes of the 63
pre-merger provinces. Run once; the migration it writes is committed and never edited.

    tools/reference-units-2025.py DATA_DIR DVHCVN_JSON > src/main/resources/db/migration/V28__...sql
"""
import csv
import json
import sys
import unicodedata

REFORM = '2025-07-01'
LAST_DAY = '2025-06-30'


def q(text):
    return "'" + text.replace("'", "''") + "'"


def plain(name):
    # the statistics list writes "Hoà", the resolutions "Hòa": one spelling to compare
    name = unicodedata.normalize('NFC', name)
    for old, new in (('oà', 'òa'), ('oá', 'óa'), ('oả', 'ỏa'), ('oã', 'õa'), ('oạ', 'ọa'), ('uỷ', 'ủy'),
                     ('uý', 'úy'), ('uỳ', 'ùy'), ('uỵ', 'ụy'), ('Hoà', 'Hòa')):
        name = name.replace(old, new)
    return name


def main(data_dir, dvhcvn_path):
    with open(dvhcvn_path, encoding='utf-8') as f:
        dvhcvn = json.load(f)
    old_codes = {}
    for p in dvhcvn['data']:
        name = p['name'].removeprefix('Thành phố ').removeprefix('Tỉnh ')
        old_codes[plain(name)] = p['level1_id']
    provinces = list(csv.DictReader(open(f'{data_dir}/provinces-2025.csv', encoding='utf-8')))
    communes = list(csv.DictReader(open(f'{data_dir}/nghe-an-communes-2025.csv', encoding='utf-8')))
    old_to_new = list(csv.DictReader(open(f'{data_dir}/nghe-an-old-to-new-2025.csv', encoding='utf-8')))
    assert len(provinces) == 34 and len(communes) == 130 and len(old_to_new) == 412

    out = []
    w = out.append
    w('-- Reference units of the reform of 1 July 2025 (issue 25), written once by')
    w('-- tools/reference-units-2025.py from public sources:')
    w('--  * the 34 provinces, their codes and what each was formed from: Công văn 915/CTK-CSCL (mã số')
    w('--    cấp tỉnh) and the list attached to Nghị quyết 60-NQ/TW (12/4/2025), as converted in the')
    w('--    public repository dvhcvn/20250701 (input/docs/915_CTK-CSCL.csv, input/docs/60-NQ_TW.md);')
    w('--  * the codes of the 63 pre-merger provinces: the statistics office\'s list of units as of')
    w('--    01/03/2025 (repository daohoangson/dvhcvn, data/dvhcvn.json);')
    w('--  * Nghệ An\'s 130 commune-level units and the 412 they were formed from: Nghị quyết')
    w('--    1678/NQ-UBTVQH15 (16/6/2025), Article 1, clauses 1–122; their codes: Công văn 1027/CTK-CSCL')
    w('--    (25/6/2025), annex I; the old units\' codes and districts: the same statistics list.')
    w('-- A merged province keeps the code of the one hosting its centre (Tuyên Quang 08, Tây Ninh 80),')
    w('-- a new commune the code of one of the units it was formed from: codes are unique per period.')
    w('')
    w('-- provinces: the 11 not merged continue as they are; a merged one is new from 1/7/2025 and its')
    w('-- predecessors end on 30/6/2025')
    for p in provinces:
        formed = p['formed_from'].split('; ')
        if len(formed) == 1:
            w(f"insert into provinces (code, name) values ({q(p['code'])}, {q(p['name'])})")
            w('    on conflict on constraint uk_provinces_code_period do nothing;')
            continue
        for old in formed:
            code = old_codes[plain(old)]
            w(f"insert into provinces (code, name) values ({q(code)}, {q(old)})")
            w('    on conflict on constraint uk_provinces_code_period do nothing;')
            w(f"update provinces set valid_to = '{LAST_DAY}' where code = {q(code)} and valid_from is null;")
        w(f"insert into provinces (code, name, valid_from) values ({q(p['code'])}, {q(p['name'])}, '{REFORM}');")
        for old in formed:
            code = old_codes[plain(old)]
            w('insert into province_lineage (province_id, predecessor_id, effective)')
            w(f"select n.id, o.id, '{REFORM}' from provinces n, provinces o")
            w(f"where n.code = {q(p['code'])} and n.valid_from = '{REFORM}' and o.code = {q(code)} and o.valid_from is null;")
    w('')
    w('-- no district level from 1/7/2025: every district-level unit ends on 30/6/2025')
    w(f"update units set valid_to = '{LAST_DAY}' where level = 'DISTRICT_LEVEL' and valid_to is null;")
    w('')
    w('-- Nghệ An\'s 412 commune-level units before the reform, each in its district (as of 01/03/2025:')
    w('-- Cửa Lò\'s former communes already lay in Vinh); the resolution\'s spelling of the name')
    types = {'xã': 'XA', 'phường': 'PHUONG', 'thị trấn': 'THI_TRAN'}
    w('insert into units (province_id, code, name, type, level, valid_to, parent_id)')
    w(f"select p.id, o.code, o.name, o.type, 'COMMUNE_LEVEL', date '{LAST_DAY}', d.id")
    w("from provinces p cross join (values")
    rows = []
    for r in sorted(old_to_new, key=lambda r: r['old_code']):
        rows.append(f"    ({q(r['old_code'])}, {q(r['old_name_resolution'])}, {q(types[r['old_type']])}, {q(r['old_district_code'])})")
    w(',\n'.join(rows))
    w(') as o (code, name, type, district_code)')
    w("join units d on d.code = o.district_code and d.level = 'DISTRICT_LEVEL'")
    w("    and d.valid_from is not distinct from (select min(x.valid_from) from units x where x.code = o.district_code)")
    w("where p.code = '40' and p.valid_from is null and d.province_id = p.id;")
    w('')
    w('-- Nghệ An\'s 130 commune-level units from 1/7/2025 (119 xã, 11 phường)')
    w('insert into units (province_id, code, name, type, level, valid_from)')
    w(f"select p.id, n.code, n.name, n.type, 'COMMUNE_LEVEL', date '{REFORM}'")
    w('from provinces p cross join (values')
    rows = []
    for c in sorted(communes, key=lambda c: c['code']):
        rows.append(f"    ({q(c['code'])}, {q(c['name'])}, {q(c['type'])})")
    w(',\n'.join(rows))
    w(") as n (code, name, type)")
    w("where p.code = '40' and p.valid_from is null;")
    w('')
    w('-- lineage: each new unit and the old ones it was formed from (clause of Article 1)')
    successors = {}
    predecessors = {}
    for r in old_to_new:
        successors.setdefault(r['old_code'], []).append(r['new_code'])
        predecessors.setdefault(r['new_code'], []).append(r)
    names = {c['code']: c['name'] for c in communes}
    rows = []
    for r in sorted(old_to_new, key=lambda r: (r['new_code'], r['old_code'])):
        if len(predecessors[r['new_code']]) > 1:
            kind = 'MERGED'
        elif len(successors[r['old_code']]) > 1:
            kind = 'SPLIT'
        elif r['old_name_resolution'] == names[r['new_code']]:
            kind = 'CONTINUED'
        else:
            kind = 'RENAMED'
        rows.append(f"    ({q(r['new_code'])}, {q(r['old_code'])}, {q(kind)})")
    w('insert into unit_lineage (unit_id, predecessor_id, effective, kind)')
    w(f"select n.id, o.id, date '{REFORM}', l.kind from (values")
    w(',\n'.join(rows))
    w(') as l (new_code, old_code, kind)')
    w(f"join units n on n.code = l.new_code and n.level = 'COMMUNE_LEVEL' and n.valid_from = date '{REFORM}'")
    w("join units o on o.code = l.old_code and o.level = 'COMMUNE_LEVEL' and o.valid_from is null;")
    print('\n'.join(out))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
