-- Demo (illustrative, as the membership is): the 2014 regulations of the three Nghệ An clusters as
-- document records; Cụm 3's covenant signed (its signed copy an illustrative one-page PDF) and
-- approved, every member registered; Cụm 1's covenant open, two members (Tân Kỳ, Quỳ Hợp) still
-- to register; Cụm 2 has not opened its covenant.
insert into cluster_documents (cluster_id, year, kind, number, issuer, signed_on, effective_on, summary, illustrative)
select c.id, 2014, 'QUY_CHE', '01/QC-CTĐ', 'Cụm thi đua ngành Thông tin và Truyền thông – ' || c.name,
       date '2014-03-20', date '2014-03-20',
       'Quy chế hoạt động của ' || c.name || ' năm 2014: tổ chức, nhiệm vụ cụm trưởng, cụm phó; nội dung, phương '
           || 'pháp chấm điểm và bình xét thi đua (nội dung minh họa).', true
from clusters c where c.year = 2014 and c.name in ('Cụm 1', 'Cụm 2', 'Cụm 3');

insert into cluster_documents (cluster_id, year, kind, number, issuer, signed_on, effective_on, summary, file_name,
                               content_type, size_bytes, content, illustrative)
select c.id, 2014, 'GIAO_UOC', '02/GƯ-CTĐ', 'Các đơn vị thành viên ' || c.name, date '2014-03-28', date '2014-03-28',
       'Giao ước thi đua năm 2014 của ' || c.name || ', đã ký (bản ký minh họa).', 'Giao-uoc-2014-Cum-3.pdf',
       'application/pdf', length(decode('JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgL1Jlc291cmNlcyA8PCAvRm9udCA8PCAvRjEgNSAwIFIgPj4gPj4gPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCA4MiA+PgpzdHJlYW0KQlQgL0YxIDE0IFRmIDcyIDc2MCBUZCAoR2lhbyB1b2MgdGhpIGR1YSBuYW0gMjAxNCAtIEN1bSAzIChiYW4ga3kgbWluaCBob2EpKSBUaiBFVAplbmRzdHJlYW0KZW5kb2JqCjUgMCBvYmoKPDwgL1R5cGUgL0ZvbnQgL1N1YnR5cGUgL1R5cGUxIC9CYXNlRm9udCAvVGltZXMtUm9tYW4gPj4KZW5kb2JqCnhyZWYKMCA2CjAwMDAwMDAwMDAgNjU1MzUgZiAKMDAwMDAwMDAwOSAwMDAwMCBuIAowMDAwMDAwMDU4IDAwMDAwIG4gCjAwMDAwMDAxMTUgMDAwMDAgbiAKMDAwMDAwMDI0MSAwMDAwMCBuIAowMDAwMDAwMzczIDAwMDAwIG4gCnRyYWlsZXIKPDwgL1NpemUgNiAvUm9vdCAxIDAgUiA+PgpzdGFydHhyZWYKNDQ1CiUlRU9GCg==', 'base64')), decode('JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgL1Jlc291cmNlcyA8PCAvRm9udCA8PCAvRjEgNSAwIFIgPj4gPj4gPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCA4MiA+PgpzdHJlYW0KQlQgL0YxIDE0IFRmIDcyIDc2MCBUZCAoR2lhbyB1b2MgdGhpIGR1YSBuYW0gMjAxNCAtIEN1bSAzIChiYW4ga3kgbWluaCBob2EpKSBUaiBFVAplbmRzdHJlYW0KZW5kb2JqCjUgMCBvYmoKPDwgL1R5cGUgL0ZvbnQgL1N1YnR5cGUgL1R5cGUxIC9CYXNlRm9udCAvVGltZXMtUm9tYW4gPj4KZW5kb2JqCnhyZWYKMCA2CjAwMDAwMDAwMDAgNjU1MzUgZiAKMDAwMDAwMDAwOSAwMDAwMCBuIAowMDAwMDAwMDU4IDAwMDAwIG4gCjAwMDAwMDAxMTUgMDAwMDAgbiAKMDAwMDAwMDI0MSAwMDAwMCBuIAowMDAwMDAwMzczIDAwMDAwIG4gCnRyYWlsZXIKPDwgL1NpemUgNiAvUm9vdCAxIDAgUiA+PgpzdGFydHhyZWYKNDQ1CiUlRU9GCg==', 'base64'), true
from clusters c where c.year = 2014 and c.name = 'Cụm 3';

insert into covenants (cluster_id, year, status, key_tasks, opened_at, signed_at, signed_document_id, approved_at)
select c.id, 2014, 'APPROVED',
       'Xây dựng chính quyền điện tử: 100% cán bộ, công chức dùng hộp thư điện tử công vụ' || chr(10) ||
       'Đưa dịch vụ công trực tuyến mức độ 3 vào bộ phận một cửa cấp huyện' || chr(10) ||
       'Phủ sóng phát thanh, truyền hình các xã vùng cao',
       timestamp with time zone '2014-03-10 08:00:00+07', timestamp with time zone '2014-03-28 16:00:00+07',
       d.id, timestamp with time zone '2014-04-02 09:00:00+07'
from clusters c join cluster_documents d on d.cluster_id = c.id and d.kind = 'GIAO_UOC'
where c.year = 2014 and c.name = 'Cụm 3';

insert into covenants (cluster_id, year, status, key_tasks, opened_at)
select c.id, 2014, 'OPEN',
       'Hoàn thành xây dựng cổng thông tin điện tử cấp huyện' || chr(10) ||
       '80% bộ phận một cửa ứng dụng công nghệ thông tin' || chr(10) ||
       'Nâng cao chất lượng tin, bài của đài truyền thanh huyện',
       timestamp with time zone '2014-03-12 08:00:00+07'
from clusters c where c.year = 2014 and c.name = 'Cụm 1';

insert into covenant_registrations (covenant_id, district_id, title, targets, registered_by, registered_at)
select v.id, d.id, r.title, r.targets, (select id from app_users where username = r.by),
       timestamp with time zone '2014-03-20 10:00:00+07'
from (values
    ('Cụm 3', 'Tương Dương', 'CO_THI_DUA', '100% cán bộ dùng hộp thư công vụ; 4 thủ tục mức độ 3', 'cumtruong.tuongduong'),
    ('Cụm 3', 'Quế Phong', 'BANG_KHEN', '95% cán bộ dùng hộp thư công vụ; 3 thủ tục mức độ 3', 'cumtruong.tuongduong'),
    ('Cụm 3', 'Con Cuông', 'BANG_KHEN', '90% cán bộ dùng hộp thư công vụ; phủ sóng 100% xã', 'cumtruong.tuongduong'),
    ('Cụm 3', 'Anh Sơn', 'NONE', '85% cán bộ dùng hộp thư công vụ', 'cumtruong.tuongduong'),
    ('Cụm 3', 'Quỳ Châu', 'NONE', '80% cán bộ dùng hộp thư công vụ', 'cumtruong.tuongduong'),
    ('Cụm 3', 'Kỳ Sơn', 'NONE', '70% cán bộ dùng hộp thư công vụ; phủ sóng 90% xã', 'cumtruong.tuongduong'),
    ('Cụm 1', 'Quỳnh Lưu', 'CO_THI_DUA', 'Cổng thông tin điện tử huyện vận hành quý II', 'cumtruong.quynhluu'),
    ('Cụm 1', 'Hoàng Mai', 'BANG_KHEN', '80% bộ phận một cửa ứng dụng CNTT', 'cumtruong.quynhluu'),
    ('Cụm 1', 'Diễn Châu', 'BANG_KHEN', '85% bộ phận một cửa ứng dụng CNTT', 'huyen.dienchau'),
    ('Cụm 1', 'Nghĩa Đàn', 'NONE', '75% bộ phận một cửa ứng dụng CNTT', 'cumtruong.quynhluu'),
    ('Cụm 1', 'Thái Hòa', 'NONE', '80% bộ phận một cửa ứng dụng CNTT', 'cumtruong.quynhluu'))
    as r(cluster, district, title, targets, by)
join clusters c on c.year = 2014 and c.name = r.cluster
join covenants v on v.cluster_id = c.id
join districts d on d.province_id = c.province_id and d.name = r.district;
