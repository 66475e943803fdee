-- The benchmark's peer (test/bench/bench-sql.ts): the national rule set's clocks written by hand
-- in DuckDB, as an analyst would from rules/national/*.yaml, docs/check-results.md and
-- docs/day-counting.md. It reads the canonical input table xinfang_ledger (docs/sql.md "Input")
-- and the calendar tables of the compiled script (xinfang_calendar_days, xinfang_calendar: the
-- part before "-- The check date"), and writes xinfang_peer with exactly the columns and rows of
-- the script's xinfang_finding_days (test/sql/bench-peer.test.ts compares the two).
-- ${AS_OF} is the check date (YYYY-MM-DD).

-- An event after the check date has not happened yet (docs/check-results.md as_of).
CREATE OR REPLACE TEMP MACRO seen(d) AS CASE WHEN d <= DATE '${AS_OF}' THEN d END;

CREATE OR REPLACE TABLE xinfang_peer AS
WITH notice_years AS (
  -- The years whose holidays a State Council notice fixed (2020–2026 in data/calendars, one
  -- run of years); a counting window reaching outside them is provisional (docs/day-counting.md
  -- "Years without a notice").
  SELECT make_date(year(min(day)), 1, 1) AS first_day, make_date(year(max(day)), 12, 31) AS last_day
  FROM xinfang_calendar_days WHERE notice LIKE '国办发%'
), category_names (version, name, category, ord) AS (
  -- 类别 as the rule files name it: an id or a name exactly (ord < 100), else the first keyword
  -- it contains, in the file's order (rules/national/2005-05-01.yaml and 2022-05-01.yaml `categories`).
  VALUES
    ('2005-05-01', 'suggestion', 'suggestion', 0), ('2005-05-01', '反映情况，提出建议、意见', 'suggestion', 1),
    ('2005-05-01', 'complaint', 'complaint', 2), ('2005-05-01', '投诉请求', 'complaint', 3),
    ('2005-05-01', 'accusation', 'accusation', 4), ('2005-05-01', '检举、揭发', 'accusation', 5),
    ('2005-05-01', 'other-branch', 'other-branch', 6), ('2005-05-01', '人大、法院、检察院职权范围内的信访事项', 'other-branch', 7),
    ('2005-05-01', 'statutory-route', 'statutory-route', 8), ('2005-05-01', '应当通过法定途径解决的投诉请求', 'statutory-route', 9),
    ('2005-05-01', '建议', 'suggestion', 100), ('2005-05-01', '意见', 'suggestion', 101), ('2005-05-01', '反映情况', 'suggestion', 102),
    ('2005-05-01', '投诉', 'complaint', 103), ('2005-05-01', '请求', 'complaint', 104), ('2005-05-01', '不服', 'complaint', 105),
    ('2005-05-01', '检举', 'accusation', 106), ('2005-05-01', '揭发', 'accusation', 107), ('2005-05-01', '举报', 'accusation', 108),
    ('2005-05-01', '人大', 'other-branch', 109), ('2005-05-01', '法院', 'other-branch', 110), ('2005-05-01', '检察院', 'other-branch', 111),
    ('2005-05-01', '诉讼', 'statutory-route', 112), ('2005-05-01', '仲裁', 'statutory-route', 113), ('2005-05-01', '行政复议', 'statutory-route', 114),
    ('2022-05-01', 'suggestion', 'suggestion', 0), ('2022-05-01', '建议意见类', 'suggestion', 1),
    ('2022-05-01', 'accusation', 'accusation', 2), ('2022-05-01', '检举控告类', 'accusation', 3),
    ('2022-05-01', 'claim', 'claim', 4), ('2022-05-01', '申诉求决类', 'claim', 5),
    ('2022-05-01', 'litigation', 'litigation', 6), ('2022-05-01', '涉法涉诉', 'litigation', 7),
    ('2022-05-01', '建议', 'suggestion', 100), ('2022-05-01', '意见', 'suggestion', 101), ('2022-05-01', '反映情况', 'suggestion', 102),
    ('2022-05-01', '检举', 'accusation', 103), ('2022-05-01', '控告', 'accusation', 104), ('2022-05-01', '举报', 'accusation', 105),
    ('2022-05-01', '揭发', 'accusation', 106), ('2022-05-01', '申诉', 'claim', 107), ('2022-05-01', '求决', 'claim', 108),
    ('2022-05-01', '投诉', 'claim', 109), ('2022-05-01', '请求', 'claim', 110), ('2022-05-01', '涉法', 'litigation', 111),
    ('2022-05-01', '涉诉', 'litigation', 112), ('2022-05-01', '诉讼', 'litigation', 113)
), parsed AS (
  -- Each cell the clocks read, parsed once; a case registered after the check date is not in
  -- the ledger yet.
  SELECT CAST("row" AS INTEGER) AS "row", id,
    TRY_CAST(received AS DATE) AS received, TRY_CAST(forwarded AS DATE) AS forwarded,
    TRY_CAST(notified AS DATE) AS notified, TRY_CAST(reported AS DATE) AS reported,
    TRY_CAST(accepted AS DATE) AS accepted, TRY_CAST(closed AS DATE) AS closed,
    TRY_CAST(extension_approved AS DATE) AS extension_approved, TRY_CAST(trim(extension_days) AS INTEGER) AS extension_days,
    TRY_CAST(replied AS DATE) AS replied, TRY_CAST(reply_received AS DATE) AS reply_received,
    TRY_CAST(review_requested AS DATE) AS review_requested, TRY_CAST(review_decided AS DATE) AS review_decided,
    TRY_CAST(review_received AS DATE) AS review_received,
    TRY_CAST(recheck_requested AS DATE) AS recheck_requested, TRY_CAST(recheck_decided AS DATE) AS recheck_decided,
    TRY_CAST(hearing_started AS DATE) AS hearing_started, TRY_CAST(hearing_ended AS DATE) AS hearing_ended,
    instructed, review_proposed, recheck_proposed, submitted, delay_explained, assigned_due,
    NULLIF(trim(category), '') AS category, NULLIF(trim(department), '') AS department,
    trim(level) AS level, trim(signed) AS signed, NULLIF(trim(forwarded_to), '') AS forwarded_to,
    NULLIF(trim(diverted), '') AS diverted
  FROM xinfang_ledger
  WHERE TRY_CAST(received AS DATE) IS NULL OR TRY_CAST(received AS DATE) <= DATE '${AS_OF}'
), dated AS (
  SELECT "row", id, category, department, level, signed, forwarded_to, diverted, extension_days,
    received, seen(forwarded) AS forwarded, seen(notified) AS notified, seen(reported) AS reported,
    seen(accepted) AS accepted, seen(closed) AS closed, seen(extension_approved) AS extension_approved,
    seen(replied) AS replied, seen(reply_received) AS reply_received,
    seen(review_requested) AS review_requested, seen(review_decided) AS review_decided, seen(review_received) AS review_received,
    seen(recheck_requested) AS recheck_requested, seen(recheck_decided) AS recheck_decided,
    seen(hearing_started) AS hearing_started, seen(hearing_ended) AS hearing_ended,
    -- The version in force on 登记日期 (each file's effective_from); without one, on the case's
    -- earliest event (docs/check-results.md `version`).
    CASE WHEN received IS NULL THEN least(seen(forwarded), seen(notified), seen(reported), seen(accepted), seen(closed),
      seen(extension_approved), seen(replied), seen(reply_received), seen(review_requested), seen(review_decided),
      seen(review_received), seen(recheck_requested), seen(recheck_decided), seen(hearing_started), seen(hearing_ended),
      seen(TRY_CAST(instructed AS DATE)), seen(TRY_CAST(review_proposed AS DATE)), seen(TRY_CAST(recheck_proposed AS DATE)),
      seen(TRY_CAST(submitted AS DATE)), seen(TRY_CAST(delay_explained AS DATE)), seen(TRY_CAST(assigned_due AS DATE))) END AS first_event
  FROM parsed
), versioned AS (
  SELECT d.*, CASE WHEN coalesce(received, first_event) >= DATE '2022-05-01' THEN '2022-05-01'
                   WHEN coalesce(received, first_event) >= DATE '2005-05-01' THEN '2005-05-01' END AS version
  FROM dated d
), categories AS (
  -- Each distinct 类别 text of the ledger resolved once per version (a few texts, however many cases).
  SELECT t.text, n.version, arg_min(n.category, n.ord) AS category
  FROM (SELECT text, lower(regexp_replace(text, '[\s　]+', '', 'g')) AS key FROM (SELECT DISTINCT NULLIF(trim(category), '') AS text FROM xinfang_ledger) WHERE text IS NOT NULL) t
  JOIN category_names n ON CASE WHEN n.ord < 100 THEN n.name = t.key ELSE strpos(t.key, n.name) > 0 END
  GROUP BY t.text, n.version
), cases AS (
  -- `claim`: the version's class for 办结, 复查 and 复核 (2005 投诉请求, 2022 申诉求决类 not 分流),
  -- NULL when 类别 is empty (if_empty: assume), false for any other 类别, resolved or not.
  SELECT v.*, CASE WHEN v.category IS NOT NULL THEN coalesce(k.category = CASE v.version WHEN '2005-05-01' THEN 'complaint' ELSE 'claim' END, false) END AS claim
  FROM versioned v LEFT JOIN categories k ON k.text = v.category AND k.version = v.version
  WHERE v.version IS NOT NULL
), clocks AS (
  -- One row per case and clock that applies: start s, stop, period in days (NULL: 当日), warn
  -- days, whether it is the office's own (scored) and its KPI.
  -- notice 受理告知, 15日 登记 → 告知, not when 是否署名 is 否: 2005 a22 (2005-05-01.yaml:211), 2022 a23 (2022-05-01.yaml:221).
  SELECT "row", id, 'notice' AS clock, version, received AS s, notified AS stop, 15 AS days, 3 AS warn, true AS own, 'timely_acceptance' AS kpi,
    department, NULL AS cat_note, NULL AS ext_days, NULL AS ext_approved, NULL AS request_note, NULL AS hearing_started, NULL AS hearing_ended
  FROM cases WHERE received IS NOT NULL AND signed IS DISTINCT FROM '否'
  UNION ALL
  -- forward 转送、交办, 15日 登记 → 转送, when a 转送单位 is recorded: 2005 a21 (2005-05-01.yaml:220), 2022 a22 (2022-05-01.yaml:230).
  SELECT "row", id, 'forward', version, received, forwarded, 15, 3, true, NULL,
    department, NULL, NULL, NULL, NULL, NULL, NULL
  FROM cases WHERE received IS NOT NULL AND forwarded_to IS NOT NULL
  UNION ALL
  -- report-urgent 重大、紧急信访事项报告, 当日 登记 → 报告, 等级 重大 or 紧急: 2005 a26 (2005-05-01.yaml:229); none in 2022.
  SELECT "row", id, 'report-urgent', version, received, reported, NULL, NULL, true, NULL,
    department, NULL, NULL, NULL, NULL, NULL, NULL
  FROM cases WHERE version = '2005-05-01' AND received IS NOT NULL AND level IN ('重大', '紧急')
  UNION ALL
  -- resolve 办结, 60日 受理 → 办结, extension of at most 30日 with its 延期批准日期: 2005 a33 every
  -- matter (2005-05-01.yaml:237); 2022 a34 申诉求决类 not 分流 (2022-05-01.yaml:239).
  SELECT "row", id, 'resolve', version, accepted, closed, 60, 7, true, 'on_time_closure',
    department, CASE WHEN version = '2022-05-01' AND claim IS NULL THEN '类别未填，按申诉求决类计算' END,
    CASE WHEN extension_approved IS NOT NULL THEN extension_days END, extension_approved, NULL, NULL, NULL
  FROM cases WHERE accepted IS NOT NULL AND (version = '2005-05-01' OR (claim IS NOT false AND diverted IS NULL))
  UNION ALL
  -- review 复查, 30日 复查申请 → 复查意见, decided by the 上一级 (never scored): 2005 a34 投诉请求
  -- (2005-05-01.yaml:250), 2022 a35 申诉求决类 not 分流 (2022-05-01.yaml:254). A request out of
  -- the petitioner's 30日 (答复送达日期, else 答复日期 + 30日, rolled) by a recorded 送达 date owes no decision.
  SELECT c."row", c.id, 'review', c.version, c.review_requested, c.review_decided, 30, 5, false, NULL,
    c.department, CASE WHEN c.claim IS NULL THEN CASE c.version WHEN '2005-05-01' THEN '类别未填，按投诉请求计算' ELSE '类别未填，按申诉求决类计算' END END,
    NULL, NULL, CASE WHEN c.review_requested > w.next_workday THEN '送达日期未填，未判定申请是否逾期' END, NULL, NULL
  FROM cases c LEFT JOIN xinfang_calendar w ON w.cal = 1 AND w.day = coalesce(c.reply_received, c.replied) + 30
  WHERE c.review_requested IS NOT NULL AND c.claim IS NOT false AND (c.version = '2005-05-01' OR c.diverted IS NULL)
    AND NOT (c.reply_received IS NOT NULL AND c.review_requested > w.next_workday)
  UNION ALL
  -- recheck 复核, 30日 复核申请 → 复核意见, 听证 days not counted, decided by the 上一级: 2005 a35
  -- (2005-05-01.yaml:262), 2022 a36 (2022-05-01.yaml:266); its window runs from 复查意见送达日期, else 复查意见日期.
  SELECT c."row", c.id, 'recheck', c.version, c.recheck_requested, c.recheck_decided, 30, 5, false, NULL,
    c.department, CASE WHEN c.claim IS NULL THEN CASE c.version WHEN '2005-05-01' THEN '类别未填，按投诉请求计算' ELSE '类别未填，按申诉求决类计算' END END,
    NULL, NULL, CASE WHEN c.recheck_requested > w.next_workday THEN '送达日期未填，未判定申请是否逾期' END, c.hearing_started, c.hearing_ended
  FROM cases c LEFT JOIN xinfang_calendar w ON w.cal = 1 AND w.day = coalesce(c.review_received, c.review_decided) + 30
  WHERE c.recheck_requested IS NOT NULL AND c.claim IS NOT false AND (c.version = '2005-05-01' OR c.diverted IS NULL)
    AND NOT (c.review_received IS NOT NULL AND c.recheck_requested > w.next_workday)
), rolled AS (
  -- The due date as it first stands: s + days rolled to the next working day (民法典第二百零三条,
  -- docs/day-counting.md); 当日 is the day itself. The national rules have one calendar (cal 1).
  SELECT k.*, CASE WHEN k.days IS NULL THEN k.s ELSE r.next_workday END AS first_due,
    coalesce(k.hearing_ended, k.stop) AS hearing_until
  FROM clocks k LEFT JOIN xinfang_calendar r ON r.cal = 1 AND r.day = k.s + k.days
), stretched AS (
  -- An extension approved on or before that due date counts up to its 30日 maximum (an approval
  -- after it counts nothing); a hearing adds its days after the start and up to that due date;
  -- a hearing without an end or a decision pauses the clock (docs/day-counting.md).
  SELECT p.*,
    CASE WHEN p.ext_days IS NOT NULL AND p.ext_approved <= p.first_due THEN least(p.ext_days, 30) END AS ext,
    CASE WHEN p.hearing_started IS NOT NULL AND p.hearing_until IS NOT NULL
         THEN CAST(greatest(0, least(p.hearing_until, p.first_due) - greatest(p.hearing_started, p.s + 1) + 1) AS INTEGER) END AS pause_days,
    coalesce(p.hearing_started IS NOT NULL AND p.hearing_until IS NULL AND p.hearing_started <= p.first_due, false) AS paused
  FROM rolled p
), due AS (
  SELECT p.*, CASE WHEN p.ext IS NULL AND coalesce(p.pause_days, 0) = 0 THEN p.first_due ELSE r.next_workday END AS due
  FROM stretched p
  LEFT JOIN xinfang_calendar r ON r.cal = 1 AND r.day = CASE WHEN p.ext IS NOT NULL OR p.pause_days > 0 THEN p.s + p.days + coalesce(p.ext, 0) + coalesce(p.pause_days, 0) END
), judged AS (
  SELECT p.*,
    CASE WHEN p.stop IS NOT NULL THEN CASE WHEN p.stop <= p.due THEN 'on-time' ELSE 'late' END
         WHEN DATE '${AS_OF}' > p.due AND NOT p.paused THEN 'overdue' ELSE 'pending' END AS status,
    NOT (p.s >= y.first_day AND p.due <= y.last_day) AS provisional
  FROM due p CROSS JOIN notice_years y
)
-- The fields of docs/check-results.md `findings[]`. Every national period is in 日 or 当日, which
-- compare days only (docs/day-counting.md), so no time of day is read and the minutes are NULL.
-- `scored`: a late or overdue finding on a provisional due date is listed, not scored; 复查 and
-- 复核 are the next organ up's (decided_by: superior), never this office's.
SELECT "row", id AS "case", clock, version,
  s AS start_day, CAST(NULL AS INTEGER) AS start_min, due AS due_day, CAST(NULL AS INTEGER) AS due_min,
  stop AS stop_day, CAST(NULL AS INTEGER) AS stop_min, status,
  status = 'pending' AND NOT paused AND warn IS NOT NULL AND DATE '${AS_OF}' >= due - warn AS due_soon,
  CAST(CASE status WHEN 'late' THEN stop - due WHEN 'overdue' THEN DATE '${AS_OF}' - due ELSE 0 END AS INTEGER) AS days_late,
  provisional, department,
  CASE WHEN cat_note IS NULL AND request_note IS NULL AND hearing_started IS NULL THEN CAST([] AS VARCHAR[])
       ELSE list_filter([cat_note, request_note,
         CASE WHEN hearing_started IS NOT NULL AND hearing_ended IS NULL AND stop IS NOT NULL THEN '听证结束日期未填，中止计至' || CAST(stop AS VARCHAR) END,
         CASE WHEN paused THEN '听证开始日期已填、听证结束日期未填，期限中止计算' END], x -> x IS NOT NULL) END AS assumed,
  CASE WHEN hearing_started IS NOT NULL AND NOT paused THEN coalesce(pause_days, 0) END AS paused_days,
  CAST(NULL AS DATE) AS explained_day,
  own AND NOT (status IN ('late', 'overdue') AND provisional) AS scored,
  kpi
FROM judged;
