<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../../minwon_desk/services/about.py" line="16"/>
        <source>minwon-desk {version} (스키마 {schema})</source>
        <translation>minwon-desk {version} (schema {schema})</translation>
    </message>
</context>
<context>
    <name>Absence</name>
    <message>
        <location filename="../../minwon_desk/domain/absence.py" line="32"/>
        <source>&apos;{word}&apos;은(는) 부재 구분이 아닙니다. {accepted} 중 하나로 적어 주세요.</source>
        <translation>&apos;{word}&apos; is not a kind of absence. Please write one of {accepted}.</translation>
    </message>
</context>
<context>
    <name>AbsenceCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/absence.py" line="25"/>
        <source>출장·휴가 등 부재 일정</source>
        <translation>Absences such as business trips and leave</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/absence.py" line="28"/>
        <source>부재 일정(CSV/XLSX) 가져오기</source>
        <translation>Import absences (CSV/XLSX)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/absence.py" line="32"/>
        <source>머리행: 사번, 구분, 시작, 종료, 대행자사번. 구분은 출장, 휴가, 교육, 회의, 외근.</source>
        <translation>Header row: 사번, 구분, 시작, 종료, 대행자사번 (employee no., kind, start, end, deputy&apos;s employee no.). Kinds: 출장 (business trip), 휴가 (leave), 교육 (training), 회의 (meeting), 외근 (field work).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/absence.py" line="43"/>
        <source>부재 일정을 가져왔습니다</source>
        <translation>Absences imported</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/absence.py" line="51"/>
        <source>새 부재 {added}건, 대행자 변경 {updated}건, 이미 있음 {unchanged}건</source>
        <translation>{added} new absences, {updated} with a new deputy, {unchanged} already there</translation>
    </message>
</context>
<context>
    <name>AbsenceKind</name>
    <message>
        <location filename="../../minwon_desk/domain/absence.py" line="12"/>
        <source>재실</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/absence.py" line="18"/>
        <source>출장</source>
        <translation>business trip</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/absence.py" line="19"/>
        <source>휴가</source>
        <translation>leave</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/absence.py" line="20"/>
        <source>교육</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/absence.py" line="21"/>
        <source>회의</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/absence.py" line="22"/>
        <source>외근</source>
        <translation>field work</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <location filename="../../minwon_desk/services/access.py" line="98"/>
        <source>로그인한 계정으로만 할 수 있습니다. {op}</source>
        <translation>Only a signed-in account can do this. {op}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/access.py" line="137"/>
        <source>작업하는 직원({name}, 번호 {staff_id})을 찾을 수 없습니다. 다시 로그인해 주세요.</source>
        <translation>The staff member doing this ({name}, no. {staff_id}) was not found. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/access.py" line="145"/>
        <source>{name} 님은 비활성 직원으로 등록되어 있어 기록할 수 없습니다. 관리자에게 문의해 주세요.</source>
        <translation>{name} is registered as an inactive staff member, so nothing can be recorded. Please ask an administrator.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/access.py" line="161"/>
        <source>메모</source>
        <translation>memo</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/access.py" line="161"/>
        <source>민원</source>
        <translation>case</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/access.py" line="184"/>
        <source>다른 직원이 맡은 {what}입니다. 본인이 맡았거나 업무대행 중인 {what}, 부서장은 소속 부서의 {what}만 처리할 수 있습니다.</source>
        <translation>This {what} is held by another staff member. You can work a {what} you hold or hold as deputy; a head, the {what}s of their department.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/access.py" line="198"/>
        <source>소속 부서(하위 부서 포함) 밖의 직원에게는 지정하거나 그 직원의 일을 옮길 수 없습니다.</source>
        <translation>Work cannot be assigned to, or moved from, staff outside your department (and its units).</translation>
    </message>
</context>
<context>
    <name>AccessLog</name>
    <message>
        <location filename="../../minwon_desk/services/privacy/access_log.py" line="49"/>
        <source>접속기록을 남길 수 없어 개인정보를 표시하지 않았습니다. 데이터베이스 연결을 확인한 뒤 다시 시도해 주세요.</source>
        <translation>The access log could not be written, so the personal data was not shown. Please check the database connection and try again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/access_log.py" line="54"/>
        <source>개인정보가 담긴 목록을 내려받으려면 그 사유를 적어야 합니다 (개인정보의 안전성 확보조치 기준 제8조).</source>
        <translation>Downloading a list with personal data needs a reason (Standards for Personal Information Security Measures, Art. 8).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/access_log.py" line="103"/>
        <source>사유는 500자 이내로 적어 주세요.</source>
        <translation>Please keep the reason to 500 characters.</translation>
    </message>
</context>
<context>
    <name>AccessReview</name>
    <message>
        <location filename="../../minwon_desk/domain/access_review.py" line="36"/>
        <source>같은 역할을 가진 다른 계정들(이 달에 조회하지 않은 계정 포함)의 조회 건수 중앙값의 {factor}배를 넘고 {floor}건 이상 조회한 계정</source>
        <translation>Accounts that viewed more than {factor} times the median of the other accounts with the same role (counting those that viewed nothing this month) and at least {floor} records</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review.py" line="43"/>
        <source>다운로드 전부, 그리고 한 번에 {count}건 이상을 조회·출력한 경우</source>
        <translation>Every download, and every view or printout of {count} or more records at once</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review.py" line="53"/>
        <source>{month}은 아직 오지 않은 달입니다. 점검은 지난달이나 이달까지만 할 수 있습니다 (지금은 {now}).</source>
        <translation>{month} has not come yet. A review can cover last month or this month at the latest (it is now {now}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review.py" line="93"/>
        <source>휴일({name})</source>
        <translation>Holiday ({name})</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review.py" line="96"/>
        <source>토요일</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review.py" line="97"/>
        <source>일요일</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review.py" line="99"/>
        <source>휴무일</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review.py" line="100"/>
        <source>근무시간 외</source>
        <translation>Outside working hours</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="40"/>
        <source>{month} 개인정보 접속기록 점검</source>
        <translation>Personal data access log review, {month}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="50"/>
        <source>{start} ~ {until} (이달은 작성 시각까지)</source>
        <translation>{start} – {until} (this month: up to the time of writing)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="63"/>
        <source>계정별 처리</source>
        <translation>Handling by account</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="64"/>
        <source>시간 외 접근</source>
        <translation>Access outside hours</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="65"/>
        <source>대량·다운로드</source>
        <translation>Bulk views and downloads</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="66"/>
        <source>과다 조회</source>
        <translation>Excessive viewing</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="67"/>
        <source>로그인 실패·잠금</source>
        <translation>Failed sign-ins and lockouts</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="68"/>
        <source>권한 변경</source>
        <translation>Permission changes</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="85"/>
        <source>계정별 개인정보 처리</source>
        <translation>Personal data handled by account</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="90"/>
        <source>이 달에 개인정보를 조회·출력·다운로드한 기록이 없습니다.</source>
        <translation>No personal data was viewed, printed or downloaded this month.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="91"/>
        <source>조회·출력·다운로드는 다룬 기록(건)의 수입니다.</source>
        <translation>Views, printouts and downloads count the records handled.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="93"/>
        <source>근무시간 외 접근</source>
        <translation>Access outside working hours</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="95"/>
        <source>근무시간 밖(휴일·근무시간 전후)의 접근이 없습니다.</source>
        <translation>No access outside working hours (on days off, before or after hours).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="96"/>
        <source>기관 달력의 근무일·근무시간 밖의 접근입니다. 점심시간은 근무시간으로 봅니다.</source>
        <translation>Access outside the working days and hours of the agency&apos;s calendar. The lunch break counts as working hours.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="99"/>
        <source>대량 조회·다운로드와 사유</source>
        <translation>Bulk views and downloads, with reasons</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="100"/>
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="102"/>
        <source>대량 조회나 다운로드가 없습니다.</source>
        <translation>No bulk views or downloads.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="103"/>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="113"/>
        <source>{rule}입니다.</source>
        <translation>{rule}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="105"/>
        <source>동료보다 훨씬 많이 조회한 계정</source>
        <translation>Accounts that viewed far more than their peers</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="109"/>
        <source>{n}개</source>
        <translation>{n}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="112"/>
        <source>동료보다 훨씬 많이 조회한 계정이 없습니다.</source>
        <translation>No account viewed far more than its peers.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="115"/>
        <source>로그인 실패와 계정 잠금</source>
        <translation>Failed sign-ins and account lockouts</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="117"/>
        <source>로그인 실패나 잠금이 없습니다.</source>
        <translation>No failed sign-ins or lockouts.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="118"/>
        <source>없는 계정 이름으로 시도한 로그인은 계정이 없어 여기에 나오지 않습니다.</source>
        <translation>Sign-ins tried with an account name that does not exist have no account and are not listed here.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="120"/>
        <source>계정·권한 변경</source>
        <translation>Account and permission changes</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="122"/>
        <source>계정이나 권한이 바뀌지 않았습니다.</source>
        <translation>No account or permission changed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="123"/>
        <source>점검 기록</source>
        <translation>Review records</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="126"/>
        <source>아직 점검 기록이 없습니다. {month}월 {day}일까지 점검하고 기록해 주세요.</source>
        <translation>No review recorded yet. Please review the log and record it by {month}/{day}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="134"/>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="140"/>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="146"/>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="151"/>
        <source>이름(사번)</source>
        <translation>Name (employee no.)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="134"/>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="146"/>
        <source>부서</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="135"/>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="147"/>
        <source>역할</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="135"/>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="147"/>
        <source>조회</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="136"/>
        <source>출력</source>
        <translation>Printouts</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="136"/>
        <source>다운로드</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="137"/>
        <source>기록 행</source>
        <translation>Log rows</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="137"/>
        <source>시간 외</source>
        <translation>After hours</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="140"/>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="151"/>
        <source>일시</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="141"/>
        <source>처리</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="141"/>
        <source>대상</source>
        <translation>Records of</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="142"/>
        <source>건수</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="142"/>
        <source>화면·문서</source>
        <translation>Screen or document</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="143"/>
        <source>창구·PC</source>
        <translation>Desk / PC</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="143"/>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="152"/>
        <source>구분</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="148"/>
        <source>비교 계정</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="148"/>
        <source>비교</source>
        <translation>Compared</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="152"/>
        <source>내용</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="153"/>
        <source>처리자</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="153"/>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="157"/>
        <source>창구</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="156"/>
        <source>점검 일시</source>
        <translation>Reviewed at</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="156"/>
        <source>점검자</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="157"/>
        <source>점검 결과</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="168"/>
        <source>동료 중앙값 0건</source>
        <translation>peer median 0</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="169"/>
        <source>동료 중앙값의 {ratio}배</source>
        <translation>{ratio} × peer median</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="175"/>
        <source>방문</source>
        <translation>visit</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="176"/>
        <source>전화메모</source>
        <translation>phone memo</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="177"/>
        <source>민원</source>
        <translation>case</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="178"/>
        <source>보상 증서</source>
        <translation>compensation voucher</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="179"/>
        <source>만족도 조사 응답</source>
        <translation>satisfaction survey response</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/access_review_tables.py" line="203"/>
        <source>접속기록 {rows}건 · 근무시간 외 {after}건 · 대량·다운로드 {bulk}건 · 과다 조회 {heavy}계정 · 로그인 실패·잠금 {sign_ins}건 · 권한 변경 {roles}건</source>
        <translation>Access log {rows} rows · outside hours {after} · bulk and downloads {bulk} · excessive viewing {heavy} accounts · failed sign-ins and lockouts {sign_ins} · permission changes {roles}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review.py" line="51"/>
        <source>로그인 실패</source>
        <translation>failed sign-in</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review.py" line="52"/>
        <source>잠금 해제 실패</source>
        <translation>failed unlock</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review.py" line="53"/>
        <source>계정 생성</source>
        <translation>account created</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review.py" line="54"/>
        <source>권한 부여</source>
        <translation>role granted</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review.py" line="55"/>
        <source>권한 회수</source>
        <translation>role revoked</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review.py" line="56"/>
        <source>사용 중지</source>
        <translation>account disabled</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review.py" line="57"/>
        <source>사용 재개</source>
        <translation>account enabled</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review.py" line="101"/>
        <source>점검 결과를 적어 주세요 (이상이 없으면 &apos;이상 없음&apos;).</source>
        <translation>Please write the finding of the review (&apos;이상 없음&apos; or &apos;nothing unusual&apos; if all is well).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review.py" line="104"/>
        <source>점검 결과는 {n}자 이내로 적어 주세요.</source>
        <translation>Please keep the finding to {n} characters or fewer.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review.py" line="134"/>
        <source>{month} 접속기록 점검이 아직 기록되지 않았습니다. 기한({due_month}월 {due_day}일)이 지났습니다.</source>
        <translation>The access log review for {month} has not been recorded yet. Its deadline ({due_month}/{due_day}) has passed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review.py" line="137"/>
        <source>{month} 접속기록 점검을 {due_month}월 {due_day}일까지 마치고 기록해 주세요.</source>
        <translation>Please finish and record the access log review for {month} by {due_month}/{due_day}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review.py" line="243"/>
        <source>계정 잠금</source>
        <translation>account locked</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review.py" line="261"/>
        <source>설치 시</source>
        <translation>at installation</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review_export.py" line="22"/>
        <source>{name}: 점검 보고서는 .pdf 또는 .xlsx 파일로 저장합니다 (예: 접속기록점검_2026-11.pdf).</source>
        <translation>{name}: the review report is saved as a .pdf or .xlsx file (e.g. access-review_2026-11.pdf).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review_export.py" line="43"/>
        <source>요약</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review_export.py" line="45"/>
        <source>점검 기간 {period}</source>
        <translation>Review period {period}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review_export.py" line="46"/>
        <source>작성 {at}</source>
        <translation>Written {at}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/review_export.py" line="49"/>
        <source>점검 기한 {due}</source>
        <translation>Review deadline {due}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/audit.py" line="81"/>
        <source>{month} 접속기록 점검을 기록했습니다: {who}, {at} — {finding}</source>
        <translation>Recorded the access log review for {month}: {who}, {at} — {finding}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="177"/>
        <source>접속기록점검_{month}{kind}</source>
        <translation>access-review_{month}{kind}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="179"/>
        <source>파일</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="188"/>
        <source>{title}을(를) 만들었습니다: {output}</source>
        <translation>Wrote {title}: {output}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="192"/>
        <source>점검을 마쳤으면 기록해 주세요 ({month}월 {day}일까지): minwon-desk audit review {which} --finding &quot;점검 결과&quot;</source>
        <translation>When the review is done, please record it (by {month}/{day}): minwon-desk audit review {which} --finding &quot;FINDING&quot;</translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="28"/>
        <source>안내, 담당자, 부서장, 감독, 개인정보, 관리자 (여럿은 쉼표로)</source>
        <translation>reception, officer, head, supervisor, privacy, admin (several separated by commas; the Korean names 안내, 담당자, 부서장, 감독, 개인정보, 관리자 work too)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="35"/>
        <source>계정·권한·서비스 토큰 관리</source>
        <translation>Manage accounts, roles and service tokens</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="37"/>
        <source>첫 관리자 계정 만들기</source>
        <translation>Create the first administrator account</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="42"/>
        <source>관리자의 이름 또는 사번 (명부에 없으면 직원으로 등록합니다)</source>
        <translation>The administrator&apos;s name or employee number (added to the staff roster if not on it)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="46"/>
        <location filename="../../minwon_desk/cli/account.py" line="57"/>
        <source>계정 이름 (없으면 사번으로 로그인)</source>
        <translation>Account name (without one, sign in with the employee number)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="51"/>
        <source>직원의 계정 만들기 (일회용 비밀번호)</source>
        <translation>Create an account for a staff member (one-time password)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="55"/>
        <location filename="../../minwon_desk/cli/account.py" line="72"/>
        <location filename="../../minwon_desk/cli/account.py" line="81"/>
        <location filename="../../minwon_desk/cli/account.py" line="111"/>
        <source>사번</source>
        <translation>Employee number</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="62"/>
        <source>--as 계정의 비밀번호 바꾸기</source>
        <translation>Change the password of the --as account</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="68"/>
        <source>비밀번호 초기화 (일회용 비밀번호)</source>
        <translation>Reset a password (one-time password)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="68"/>
        <source>계정 사용 중지</source>
        <translation>Disable an account</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="69"/>
        <source>계정 다시 사용</source>
        <translation>Enable an account again</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="69"/>
        <source>잠긴 계정 풀기</source>
        <translation>Unlock a locked account</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="74"/>
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="79"/>
        <source>역할 주기</source>
        <translation>Grant a role</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="79"/>
        <source>역할 거두기</source>
        <translation>Revoke a role</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="83"/>
        <source>사유 (3년 이상 보관)</source>
        <translation>Reason (kept for at least 3 years)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="89"/>
        <source>계정 목록</source>
        <translation>List accounts</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="90"/>
        <source>한 줄에 계정 하나를 탭으로 나눠 출력합니다: 사번, 계정 이름, 성명, 부서, 역할, 상태(사용, 중지, 잠김 …까지), 비밀번호 변경 필요 여부, 마지막 로그인.</source>
        <translation>Prints one account per line, tab-separated: employee number, account name, name, department, roles, state (active, disabled, locked until …), whether the password must be changed, last sign-in.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="97"/>
        <source>서비스 토큰 만들기·폐기·목록</source>
        <translation>Create, revoke and list service tokens</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="102"/>
        <source>토큰 만들기 (한 번만 보여 줍니다)</source>
        <translation>Create a token (shown only once)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="106"/>
        <source>용도, 예: 전화연동</source>
        <translation>Purpose, e.g. telephone link</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="112"/>
        <source>토큰의 기록이 남을 직원 (기본: 만드는 관리자)</source>
        <translation>The staff member the token&apos;s records are kept under (default: the administrator creating it)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="117"/>
        <source>토큰 폐기</source>
        <translation>Revoke a token</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="124"/>
        <source>토큰 목록</source>
        <translation>List tokens</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="132"/>
        <source>새 비밀번호: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="136"/>
        <source>새 비밀번호 확인: </source>
        <translation>Confirm new password: </translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="137"/>
        <source>두 번 입력한 새 비밀번호가 다릅니다. 아무것도 바꾸지 않았습니다.</source>
        <translation>The two new passwords do not match. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="142"/>
        <source>새 비밀번호를 입력해 주세요.</source>
        <translation>Please enter a new password.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="150"/>
        <source>이미 계정이 있습니다. 계정은 관리자가 &apos;minwon-desk account add&apos;로 만듭니다.</source>
        <translation>Accounts already exist. An administrator creates accounts with &apos;minwon-desk account add&apos;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="159"/>
        <source>첫 관리자 계정을 만들었습니다: {name} (사번 {staff_no}, 계정 {login}).</source>
        <translation>Created the first administrator account: {name} (employee no. {staff_no}, account {login}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="163"/>
        <source>첫 관리자 계정을 만들었습니다: {name} (사번 {staff_no}).</source>
        <translation>Created the first administrator account: {name} (employee no. {staff_no}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="177"/>
        <source>{name}({staff_no}) 님의 계정을 만들었습니다 ({roles}). 아래 일회용 비밀번호는 처음 로그인할 때 바꿔야 합니다.</source>
        <translation>Created an account for {name} ({staff_no}) ({roles}). The one-time password below must be changed at the first sign-in.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="241"/>
        <source>사번 {staff_no}에게 {role} 권한을 주었습니다.</source>
        <translation>Granted the {role} role to employee no. {staff_no}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="244"/>
        <source>사번 {staff_no}에게서 {role} 권한을 거두었습니다.</source>
        <translation>Revoked the {role} role from employee no. {staff_no}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="190"/>
        <source>서비스 토큰에는 비밀번호가 없습니다. --as로 계정을 지정해 주세요.</source>
        <translation>A service token has no password. Please name an account with --as.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="196"/>
        <source>{name} 님의 비밀번호를 바꿨습니다.</source>
        <translation>Changed the password of {name}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="207"/>
        <source>사번 {staff_no}의 비밀번호를 초기화했습니다. 아래 일회용 비밀번호는 처음 로그인할 때 바꿔야 합니다.</source>
        <translation>Reset the password of employee no. {staff_no}. The one-time password below must be changed at the first sign-in.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="216"/>
        <source>사용을 중지했습니다</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="219"/>
        <source>다시 쓸 수 있게 했습니다</source>
        <translation>enabled again</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="222"/>
        <source>잠금을 풀었습니다</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="223"/>
        <source>사번 {staff_no}의 계정: {said}.</source>
        <translation>Account of employee no. {staff_no}: {said}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="235"/>
        <source>역할은 한 번에 하나씩 주거나 거둡니다.</source>
        <translation>Grant or revoke one role at a time.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="256"/>
        <source>중지</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="258"/>
        <source>잠김 {locked_until:%H:%M}까지</source>
        <translation>locked until {locked_until:%H:%M}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="260"/>
        <location filename="../../minwon_desk/cli/account.py" line="302"/>
        <source>사용</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="263"/>
        <source>비밀번호 변경 필요</source>
        <translation>password change needed</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="278"/>
        <source>토큰 {id}({purpose})을 만들었습니다. 기록은 {staff_name} 님 이름으로 남습니다. 아래 토큰은 지금 한 번만 보여 주니 MINWON_TOKEN에 넣어 두세요.</source>
        <translation>Created token {id} ({purpose}). Its records are kept under {staff_name}. The token below is shown only this once: put it in MINWON_TOKEN.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="291"/>
        <source>토큰 {token_id}을(를) 폐기했습니다.</source>
        <translation>Revoked token {token_id}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="302"/>
        <source>폐기 {revoked_at:%Y-%m-%d %H:%M}</source>
        <translation>revoked {revoked_at:%Y-%m-%d %H:%M}</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../minwon_desk/services/accounts/admin.py" line="62"/>
        <source>역할을 하나 이상 골라 주세요.</source>
        <translation>Please choose at least one role.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/admin.py" line="72"/>
        <source>{name}({employee_no}) 님은 이미 계정이 있습니다. 비밀번호를 잊었다면 초기화해 주세요.</source>
        <translation>{name} ({employee_no}) already has an account. If the password is forgotten, reset it.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/admin.py" line="113"/>
        <source>{name} 님의 계정은 이미 사용 중지되어 있습니다.</source>
        <translation>{name}&apos;s account is already disabled.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/admin.py" line="130"/>
        <source>{name} 님의 계정은 이미 사용 중입니다.</source>
        <translation>{name}&apos;s account is already active.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/admin.py" line="145"/>
        <source>{name} 님의 계정은 잠겨 있지 않습니다.</source>
        <translation>{name}&apos;s account is not locked.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/admin.py" line="164"/>
        <source>권한을 주거나 거두는 사유를 적어 주세요 (3년 이상 보관됩니다).</source>
        <translation>Please give the reason for granting or revoking the role (kept for at least 3 years).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/admin.py" line="177"/>
        <source>{name} 님은 이미 {title} 권한이 있습니다.</source>
        <translation>{name} already has the {title} role.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/admin.py" line="184"/>
        <source>{name} 님에게는 {title} 권한이 없습니다.</source>
        <translation>{name} does not have the {title} role.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/admin.py" line="249"/>
        <source>토큰의 용도를 적어 주세요 (예: 전화연동).</source>
        <translation>Please give the token&apos;s purpose (e.g. telephone link).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/admin.py" line="255"/>
        <source>토큰에 줄 역할을 하나 이상 골라 주세요.</source>
        <translation>Please choose at least one role for the token.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/admin.py" line="261"/>
        <source>토큰에는 관리자 권한을 줄 수 없습니다. 사람의 계정으로 관리해 주세요.</source>
        <translation>A token cannot have the admin role. Please administer with a person&apos;s account.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/admin.py" line="291"/>
        <source>{token_id}번 토큰이 없습니다. &apos;account token list&apos;로 확인해 주세요.</source>
        <translation>There is no token {token_id}. Please check with &apos;account token list&apos;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/admin.py" line="297"/>
        <source>{token_id}번 토큰은 {revoked_at:%Y-%m-%d %H:%M}에 이미 폐기되었습니다.</source>
        <translation>Token {token_id} was already revoked at {revoked_at:%Y-%m-%d %H:%M}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/admin.py" line="323"/>
        <source>마지막 관리자 계정입니다. 다른 사람에게 관리자 권한을 먼저 준 뒤에 바꿔 주세요.</source>
        <translation>This is the last administrator account. Please give someone else the admin role first.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/admin.py" line="331"/>
        <source>{name}({employee_no}) 님은 비활성(퇴직) 직원입니다. 계정이나 권한을 줄 수 없습니다.</source>
        <translation>{name} ({employee_no}) is an inactive (departed) staff member. No account or role can be given.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/admin.py" line="343"/>
        <source>계정 이름 &apos;{login}&apos;은(는) 이미 있습니다. 다른 이름을 지어 주세요.</source>
        <translation>The account name &apos;{login}&apos; is taken. Please choose another.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/admin.py" line="351"/>
        <source>&apos;{login}&apos;은(는) 다른 직원의 사번입니다. 다른 이름을 지어 주세요.</source>
        <translation>&apos;{login}&apos; is another staff member&apos;s employee number. Please choose another name.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/common.py" line="69"/>
        <source>사번 {staff_no}인 직원이 없습니다. 직원 명부에서 사번을 확인해 주세요.</source>
        <translation>There is no staff member with employee number {staff_no}. Please check the number in the staff roster.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/common.py" line="85"/>
        <source>{name}({employee_no}) 님은 계정이 없습니다. 먼저 계정을 만들어 주세요.</source>
        <translation>{name} ({employee_no}) has no account. Please create one first.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/audit.py" line="26"/>
        <source>감사 기록·접속기록 위변조 검사</source>
        <translation>Check the audit trail and access log for tampering</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/audit.py" line="29"/>
        <source>감사 기록과 접속기록의 해시 사슬 검사</source>
        <translation>Check the hash chains of the audit trail and the access log</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/audit.py" line="33"/>
        <source>감사 기록과 접속기록의 모든 행의 해시를 다시 계산해, 기록된 뒤 고쳐지거나 지워지거나 끼워 넣어진 행이 있으면 처음 끊긴 곳을 알려 줍니다. 이상이 없으면 종료 코드 0, 있으면 1입니다. 개인정보 관리 권한이 필요합니다.</source>
        <translation>Recomputes the hash of every row of the audit trail and the access log and, if a row was changed, deleted or inserted after it was recorded, reports the first break. Exit status 0 when all is whole, 1 otherwise. Needs the privacy role.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/audit.py" line="42"/>
        <source>한 달의 접속기록 점검을 마쳤다고 기록</source>
        <translation>Record that a month&apos;s access log review is done</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/audit.py" line="43"/>
        <source>점검한 달, 점검한 사람(로그인한 계정), 시각과 점검 결과를 남깁니다. 기록은 고칠 수 없고, 다시 점검하면 새 기록이 더해집니다. 점검 내용은 &apos;report access&apos;로 만듭니다. 개인정보 관리 권한이 필요합니다.</source>
        <translation>Records the month reviewed, the reviewer (the signed-in account), the time and the finding. A record cannot be changed; reviewing again adds a new one. The review itself is made with &apos;report access&apos;. Needs the privacy role.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/audit.py" line="47"/>
        <source>점검한 달, 예: 2026-11</source>
        <translation>The month reviewed, e.g. 2026-11</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/audit.py" line="49"/>
        <source>점검 결과 (이상이 없으면 &apos;이상 없음&apos;)</source>
        <translation>The finding (&apos;이상 없음&apos; or &apos;nothing unusual&apos; if all is well)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../minwon_desk/services/backup/copy.py" line="59"/>
        <source>{path}은(는) 폴더입니다. 저장할 백업 파일 이름을 적어 주세요 (예: {example}).</source>
        <translation>{path} is a folder. Please give the name of the backup file to save (e.g. {example}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/copy.py" line="63"/>
        <source>폴더 {folder}이(가) 없습니다. 백업을 저장할 위치를 확인해 주세요.</source>
        <translation>The folder {folder} does not exist. Please check where the backup should be saved.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/copy.py" line="100"/>
        <source>작업 폴더 {folder}에 쓸 수 없습니다({why}). 쓰기 권한과 여유 공간을 확인해 주세요. 아무것도 바꾸지 않았습니다.</source>
        <translation>Cannot write to the working folder {folder} ({why}). Please check write permission and free space. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/copy.py" line="124"/>
        <source>백업 파일 {path}의 내용이 머리말(스키마, 기관, 건수)과 맞지 않거나 데이터베이스가 손상되어 있습니다. 온전한 다른 백업 파일을 지정해 주세요. 아무것도 바꾸지 않았습니다.</source>
        <translation>The contents of the backup file {path} do not match its header (schema, agency, counts), or its database is damaged. Please give another backup file that is whole. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/fileformat.py" line="80"/>
        <source>(기관 없음)</source>
        <translation>(no agency)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/fileformat.py" line="183"/>
        <source>{path}은(는) 일반 파일이 아닙니다. 백업 파일을 지정해 주세요.</source>
        <translation>{path} is not a regular file. Please give a backup file.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/fileformat.py" line="188"/>
        <source>{path}은(는) 민원 데스크의 백업 파일이 아닙니다. &apos;minwon-desk backup&apos;으로 만든 파일(.mwbak)을 지정해 주세요.</source>
        <translation>{path} is not a Minwon Desk backup file. Please give a file made with &apos;minwon-desk backup&apos; (.mwbak).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/fileformat.py" line="202"/>
        <source>백업 파일 {path}을(를) 찾을 수 없습니다. 경로를 확인해 주세요.</source>
        <translation>The backup file {path} cannot be found. Please check the path.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/fileformat.py" line="205"/>
        <source>{path}은(는) 폴더입니다. 백업 파일을 지정해 주세요.</source>
        <translation>{path} is a folder. Please give a backup file.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/fileformat.py" line="208"/>
        <source>백업 파일 {path}을(를) 읽을 권한이 없습니다. 파일의 주인 계정으로 실행해 주세요.</source>
        <translation>No permission to read the backup file {path}. Please run this as the account that owns the file.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/fileformat.py" line="213"/>
        <source>{path}은(는) 더 새 버전의 민원 데스크가 만든 백업입니다. 프로그램을 업데이트한 뒤 다시 해 주세요. 아무것도 바꾸지 않았습니다.</source>
        <translation>{path} is a backup made by a newer version of Minwon Desk. Please update the program and try again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/fileformat.py" line="263"/>
        <source>{path}은(는) 암호화된 백업입니다. 암호를 입력하거나 MINWON_BACKUP_PASSPHRASE로 주세요.</source>
        <translation>{path} is an encrypted backup. Please enter its passphrase or give it in MINWON_BACKUP_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/fileformat.py" line="269"/>
        <source>암호가 맞지 않습니다. 이 백업을 만들 때 쓴 암호를 입력해 주세요. 아무것도 바꾸지 않았습니다.</source>
        <translation>Wrong passphrase. Please enter the passphrase used when this backup was made. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/fileformat.py" line="277"/>
        <source>백업 파일 {path}이(가) 중간에 잘려 있습니다(복사나 백업이 끝나지 않은 파일). 온전한 다른 백업 파일을 지정해 주세요. 아무것도 바꾸지 않았습니다.</source>
        <translation>The backup file {path} is cut short (a copy or backup that did not finish). Please give another backup file that is whole. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/fileformat.py" line="283"/>
        <source>백업 파일 {path}이(가) 손상되었습니다(검사합이 맞지 않습니다). 온전한 다른 백업 파일을 지정해 주세요. 아무것도 바꾸지 않았습니다.</source>
        <translation>The backup file {path} is damaged (its checksum does not match). Please give another backup file that is whole. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/kinds.py" line="10"/>
        <source>방문</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/kinds.py" line="11"/>
        <source>전화메모</source>
        <translation>Phone memos</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/kinds.py" line="12"/>
        <source>민원</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/kinds.py" line="13"/>
        <source>민원 문서</source>
        <translation>Case documents</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/kinds.py" line="14"/>
        <source>보상 상품권</source>
        <translation>Compensation vouchers</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/kinds.py" line="15"/>
        <source>시정조치</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/kinds.py" line="16"/>
        <source>만족도 조사 응답</source>
        <translation>Satisfaction survey responses</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/kinds.py" line="17"/>
        <source>직원</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/kinds.py" line="18"/>
        <source>부서</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/kinds.py" line="19"/>
        <source>부재</source>
        <translation>Absences</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/kinds.py" line="20"/>
        <source>계정</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/kinds.py" line="21"/>
        <source>감사 기록</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/kinds.py" line="22"/>
        <source>접속기록</source>
        <translation>Access log</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/kinds.py" line="31"/>
        <source>그 밖의 표 {n}개</source>
        <translation>{n} other tables</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/restore.py" line="68"/>
        <source>데이터베이스 폴더 {folder}에 쓸 수 없어 복원하지 않았습니다(쓰기 권한이 없거나 읽기 전용 디스크입니다). 쓰기 권한이 있는 계정으로 실행하거나 관리자에게 문의해 주세요. 아무것도 바꾸지 않았습니다.</source>
        <translation>Did not restore: cannot write to the database folder {folder} (no write permission, or a read-only disk). Please run this as an account that may write there, or ask the administrator. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/restore.py" line="86"/>
        <source>지금의 데이터베이스를 {aside}에 따로 보관하지 못해 복원하지 않았습니다({why}). 여유 공간과 쓰기 권한을 확인해 주세요. 아무것도 바꾸지 않았습니다.</source>
        <translation>Did not restore: could not set the current database aside at {aside} ({why}). Please check free space and write permission. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/service.py" line="142"/>
        <source>이 백업은 더 새 버전의 민원 데스크가 만든 것입니다(스키마 {schema}). 프로그램을 업데이트한 뒤 복원해 주세요. 아무것도 바꾸지 않았습니다.</source>
        <translation>This backup was made by a newer version of Minwon Desk (schema {schema}). Please update the program, then restore. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/service.py" line="150"/>
        <source>이 백업은 다른 기관의 것입니다(백업: {theirs}, 이 데이터베이스: {ours}). 이 기관의 백업 파일을 지정해 주세요. 아무것도 바꾸지 않았습니다.</source>
        <translation>This backup belongs to another agency (backup: {theirs}, this database: {ours}). Please give a backup file of this agency. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/backup/snapshot.py" line="101"/>
        <source>서버의 스키마({stored})가 이 버전({ours})과 달라 백업하지 않았습니다. &apos;minwon-desk db upgrade&apos;로 맞춘 뒤 다시 해 주세요.</source>
        <translation>Did not back up: the server&apos;s schema ({stored}) differs from this version&apos;s ({ours}). Please bring it up to date with &apos;minwon-desk db upgrade&apos; and try again.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="37"/>
        <source>데이터베이스 백업(일관된 사본) 만들기·검사</source>
        <translation>Make and check database backups (consistent copies)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="38"/>
        <source>창구들이 일하는 중에도 데이터베이스의 일관된 사본을 만듭니다(파일은 주인만 읽을 수 있게 0600). &apos;backup verify 파일&apos;은 백업 파일을 검사하고 담긴 건수를 보여 줍니다. 관리자 권한이 필요합니다.</source>
        <translation>Makes a consistent copy of the database even while the desks are working (the file readable by its owner only, 0600). &apos;backup verify FILE&apos; checks a backup file and shows the counts it holds. Needs the administrator role.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="43"/>
        <source>저장할 파일 (없으면 백업 폴더에 날짜 이름으로)</source>
        <translation>File to save to (default: a dated name in the backup folder)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="45"/>
        <source>암호로 암호화합니다 (암호는 입력하거나 {env}로)</source>
        <translation>Encrypt with a passphrase (typed in, or given in {env})</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="50"/>
        <source>백업 파일 검사(검사합·암호·건수)</source>
        <translation>Check a backup file (checksum, passphrase, counts)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="51"/>
        <source>백업 파일이 온전한지(형식, 검사합, 암호, 데이터베이스) 검사하고 종류별 건수, 스키마, 기관을 보여 줍니다. 온전하면 종료 코드 0, 아니면 1입니다.</source>
        <translation>Checks that a backup file is whole (format, checksum, passphrase, database) and shows its counts by kind, its schema and its agency. Exit status 0 when whole, 1 otherwise.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="57"/>
        <source>백업 파일로 데이터베이스 되돌리기</source>
        <translation>Restore the database from a backup file</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="58"/>
        <source>백업 파일을 검사하고(다른 기관·더 새 스키마의 백업은 거절), 확인을 받은 뒤 지금의 데이터베이스를 따로 보관하고 복원합니다. 관리자 권한이 필요합니다.</source>
        <translation>Checks the backup file (refusing another agency&apos;s backup or one with a newer schema), asks for confirmation, sets the current database aside and restores. Needs the administrator role.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="62"/>
        <source>묻지 않고 복원합니다 (스크립트용)</source>
        <translation>Restore without asking (for scripts)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="78"/>
        <source>백업했습니다: {path}</source>
        <translation>Backed up: {path}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="95"/>
        <source>이상 없음 — {path}</source>
        <translation>OK — {path}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="111"/>
        <source>복원할 백업: {path}</source>
        <translation>Backup to restore: {path}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="113"/>
        <source>복원할 곳: {database}</source>
        <translation>Restore into: {database}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="114"/>
        <source>지금의 데이터베이스를 따로 보관하고 이 백업으로 바꿉니다. 계속할까요? [y/N] </source>
        <translation>The current database will be set aside and replaced by this backup. Continue? [y/N] </translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="127"/>
        <source>복원하지 않았습니다. 아무것도 바꾸지 않았습니다.</source>
        <translation>Not restored. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="130"/>
        <source>복원 전의 데이터베이스를 백업했습니다: {path}</source>
        <translation>The database as it was before the restore was backed up: {path}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="132"/>
        <source>복원 전의 데이터베이스는 여기 따로 두었습니다: {path}</source>
        <translation>The database as it was before the restore was set aside here: {path}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="134"/>
        <source>백업의 스키마({schema})를 이 버전에 맞게 올렸습니다.</source>
        <translation>Upgraded the backup&apos;s schema ({schema}) to this version.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="136"/>
        <source>복원했습니다. 열려 있는 다른 창구의 프로그램은 다시 시작해 주세요.</source>
        <translation>Restored. Please restart the program at any other desk where it is open.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="143"/>
        <source>암호화됨</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="144"/>
        <source>암호화 안 함</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="145"/>
        <source>만든 때: {at} · 스키마: {schema} · 기관: {agency} · {sealed}</source>
        <translation>Made: {at} · schema: {schema} · agency: {agency} · {sealed}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="147"/>
        <source>{kind} {n}건</source>
        <translation>{kind} {n}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="173"/>
        <source>백업 암호: </source>
        <translation>Backup passphrase: </translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="175"/>
        <source>암호화된 백업입니다. 암호를 입력하거나 {env}로 주세요.</source>
        <translation>This is an encrypted backup. Please enter its passphrase or give it in {env}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="183"/>
        <source>백업 암호({n}자 이상): </source>
        <translation>Backup passphrase ({n} characters or more): </translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="184"/>
        <source>한 번 더: </source>
        <translation>Once more: </translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="185"/>
        <source>두 번 입력한 암호가 다릅니다. 아무것도 만들지 않았습니다.</source>
        <translation>The two passphrases differ. Nothing was made.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/backup.py" line="187"/>
        <source>백업 암호는 {n}자 이상이어야 합니다. 아무것도 만들지 않았습니다.</source>
        <translation>The backup passphrase must be at least {n} characters. Nothing was made.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../minwon_desk/domain/calendar.py" line="45"/>
        <source>근무 시작({start:%H:%M})은 종료({end:%H:%M})보다 빨라야 합니다.</source>
        <translation>The start of work ({start:%H:%M}) must be before its end ({end:%H:%M}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/calendar.py" line="52"/>
        <source>점심시간({lunch_start:%H:%M}–{lunch_end:%H:%M})은 근무시간({start:%H:%M}–{end:%H:%M}) 안에 있어야 합니다.</source>
        <translation>Lunch ({lunch_start:%H:%M}–{lunch_end:%H:%M}) must lie within working hours ({start:%H:%M}–{end:%H:%M}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/calendar.py" line="261"/>
        <source>근무일 수는 1 이상이어야 합니다 (받은 값: {n}).</source>
        <translation>The number of working days must be 1 or more (given: {n}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/calendar.py" line="71"/>
        <source>휴일 이름을 입력해 주세요 (예: 임시공휴일).</source>
        <translation>Please enter the holiday&apos;s name (e.g. temporary public holiday).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/calendar.py" line="76"/>
        <source>휴일 이름은 {max_name}자 이내로 입력해 주세요.</source>
        <translation>A holiday&apos;s name can be up to {max_name} characters.</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/calendar.py" line="27"/>
        <source>기관 휴일·근무일 관리</source>
        <translation>Manage the agency&apos;s holidays and working days</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/calendar.py" line="29"/>
        <source>휴일 목록 (공휴일과 기관 지정일)</source>
        <translation>List holidays (public holidays and the agency&apos;s own days)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/calendar.py" line="33"/>
        <source>연도 (기본: 올해)</source>
        <translation>Year (default: this year)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/calendar.py" line="39"/>
        <source>임시공휴일 등 쉬는 날 추가</source>
        <translation>Add a day off, such as a temporary public holiday</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/calendar.py" line="40"/>
        <source>공휴일을 이 기관의 근무일로 지정</source>
        <translation>Make a public holiday a working day for this agency</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/calendar.py" line="41"/>
        <source>기관 지정을 지우고 법정 달력으로 되돌림</source>
        <translation>Remove the agency&apos;s own setting and go back to the statutory calendar</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/calendar.py" line="46"/>
        <source>휴일 이름, 예: 임시공휴일</source>
        <translation>Name of the holiday, e.g. temporary public holiday</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/calendar.py" line="82"/>
        <source>기관 지정 휴일</source>
        <translation>agency holiday</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/calendar.py" line="82"/>
        <source>기관 근무일 (공휴일이지만 근무)</source>
        <translation>agency working day (a public holiday, but worked)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/calendar.py" line="89"/>
        <source>공휴일</source>
        <translation>public holiday</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/calendar.py" line="89"/>
        <source>근무일</source>
        <translation>working day</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/calendar.py" line="89"/>
        <source>주말</source>
        <translation>weekend</translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <location filename="../../minwon_desk/services/supervision/candidates.py" line="130"/>
        <source>앞선 방문: {at}</source>
        <translation>Earlier visit: {at}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/candidates.py" line="131"/>
        <source>, 담당 {officer}</source>
        <translation>, officer {officer}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/candidates.py" line="132"/>
        <location filename="../../minwon_desk/services/supervision/candidates.py" line="135"/>
        <source>, 용건 &apos;{purpose}&apos;</source>
        <translation>, purpose &apos;{purpose}&apos;</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/candidates.py" line="134"/>
        <source>다시 방문: {at}</source>
        <translation>Repeat visit: {at}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/candidates.py" line="136"/>
        <source>안내 직원이 기록한 직원 잘못: {note}</source>
        <translation>Staff error recorded by the front desk: {note}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/candidates.py" line="137"/>
        <source>직원 잘못으로 다시 방문했다고 기록됨</source>
        <translation>Recorded as a repeat visit caused by a staff error</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/candidates.py" line="144"/>
        <source>방문 {at}</source>
        <translation>Visit {at}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/candidates.py" line="184"/>
        <source>민원 {number} ({at} 접수): {subject}</source>
        <translation>Case {number} (received {at}): {subject}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/candidates.py" line="205"/>
        <source>처리기한 {due} (연장 {n}회, 기한 전 통지 후 옮겨진 기한)</source>
        <translation>Deadline {due} (extended {n} times, moved after a notice sent before the deadline)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/candidates.py" line="208"/>
        <source>처리기한 {due} (연장 통지 없음)</source>
        <translation>Deadline {due} (no extension notice)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/candidates.py" line="212"/>
        <source>회신 {at}: 기한보다 {late}</source>
        <translation>Replied {at}: {late}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/candidates.py" line="215"/>
        <source>아직 회신하지 않음: 기한 {left}</source>
        <translation>Not replied yet: deadline {left}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/candidates.py" line="230"/>
        <source>조사 결과 인정 ({at})</source>
        <translation>Upheld by the finding ({at})</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/candidates.py" line="244"/>
        <source>금품수수·부정비리 신고로 접수됨</source>
        <translation>Received as a bribery or corruption report</translation>
    </message>
</context>
<context>
    <name>CaseChannel</name>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="60"/>
        <source>방문</source>
        <translation>visit</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="61"/>
        <source>전화</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="62"/>
        <source>우편</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="63"/>
        <source>팩스</source>
        <translation>fax</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="64"/>
        <source>이메일</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="65"/>
        <source>인터넷</source>
        <translation>internet</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="79"/>
        <source>1357 상담센터</source>
        <translation>1357 call centre</translation>
    </message>
</context>
<context>
    <name>CaseClock</name>
    <message>
        <location filename="../../minwon_desk/domain/case_clock.py" line="64"/>
        <source>상태 &apos;{value}&apos;은(는) 없습니다. 다음 중 하나로 적어 주세요: {names}.</source>
        <translation>There is no state &apos;{value}&apos;. Please write one of: {names}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/case_clock.py" line="107"/>
        <source>무엇이 빠져 있어 보완을 요청하는지 사유를 적어 주세요. 사유는 민원인에게 알리는 내용입니다.</source>
        <translation>Please say what is missing, the reason for asking for more material. The reason is what the petitioner is told.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/case_clock.py" line="115"/>
        <source>처리기한({due_at})이 이미 지났습니다. 기한이 지난 뒤에는 보완 요청으로 기한을 멈출 수 없습니다. 진행 메모로 남겨 주세요.</source>
        <translation>The deadline ({due_at}) has already passed. After the deadline a request for more material cannot stop the clock. Please leave a progress note instead.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/case_clock.py" line="182"/>
        <source>처리기한({due_at})이 이미 지났습니다. 연장은 기한 전에 민원인에게 알려야 하므로 지금은 연장할 수 없습니다. 처리를 서두르고 지연 사유를 회신에 적어 주세요.</source>
        <translation>The deadline ({due_at}) has already passed. An extension must be notified to the petitioner before the deadline, so it cannot be extended now. Please hurry and explain the delay in the answer.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/case_clock.py" line="191"/>
        <source>연장 사유를 적어 주세요. 사유는 연장 통지서에 그대로 실립니다.</source>
        <translation>Please give the reason for the extension. It is printed as written on the extension notice.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/case_clock.py" line="199"/>
        <source>이미 한 번 연장했습니다. 다시 연장하려면 민원인의 동의를 받고, 언제 어떻게 동의했는지 적어 주세요.</source>
        <translation>This case was already extended once. To extend it again, get the petitioner&apos;s consent and record when and how it was given.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/case_clock.py" line="208"/>
        <source>{day}은(는) {holiday}. 근무일을 골라 주세요.</source>
        <translation>{day} is {holiday}. Please choose a working day.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/case_clock.py" line="209"/>
        <source>{day}은(는) 근무일이 아닙니다. 근무일을 골라 주세요.</source>
        <translation>{day} is not a working day. Please choose a working day.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/case_clock.py" line="217"/>
        <source>새 처리예정일은 지금 기한({due_at})보다 뒤여야 합니다.</source>
        <translation>The new expected date must be after the current deadline ({due_at}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/case_clock.py" line="222"/>
        <source>연장은 처음 처리기간({period})보다 길 수 없습니다. 가장 늦게는 {latest}까지입니다.</source>
        <translation>An extension cannot be longer than the original processing period ({period}). The latest possible is {latest}.</translation>
    </message>
</context>
<context>
    <name>CaseClocks</name>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="109"/>
        <source>법령 질의 회신</source>
        <translation>Reply to a question about a law</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="110"/>
        <location filename="../../minwon_desk/domain/cases.py" line="114"/>
        <source>민원처리법 시행령 §14</source>
        <translation>Enforcement Decree of the Civil Petitions Act, Art. 14</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="113"/>
        <source>제도·절차 질의 회신</source>
        <translation>Reply to a question about a system or procedure</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="117"/>
        <source>건의 처리결과 통지</source>
        <translation>Notice of how a suggestion was handled</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="118"/>
        <source>민원처리법 시행령 §15</source>
        <translation>Enforcement Decree of the Civil Petitions Act, Art. 15</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="121"/>
        <source>고충 민원 회신</source>
        <translation>Reply to a grievance</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="122"/>
        <source>민원처리법 시행령 §17</source>
        <translation>Enforcement Decree of the Civil Petitions Act, Art. 17</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="125"/>
        <source>기타 민원 응답</source>
        <translation>Answer to another case</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="126"/>
        <source>민원처리법 시행령 §16</source>
        <translation>Enforcement Decree of the Civil Petitions Act, Art. 16</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="147"/>
        <source>민원처리법 시행령 §13</source>
        <translation>Enforcement Decree of the Civil Petitions Act, Art. 13</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="148"/>
        <source>서면 민원 담당자 전달</source>
        <translation>Handing a written case to its officer</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="149"/>
        <source>다른 기관 이송</source>
        <translation>Transfer to another agency</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="151"/>
        <source>보완 요청</source>
        <translation>missing material request</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="152"/>
        <source>민원처리법 시행규칙 §9</source>
        <translation>Enforcement Rule of the Civil Petitions Act, Art. 9</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="155"/>
        <source>중간 통지</source>
        <translation>Interim notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="156"/>
        <source>민원처리법 시행령 §23</source>
        <translation>Enforcement Decree of the Civil Petitions Act, Art. 23</translation>
    </message>
</context>
<context>
    <name>CaseCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="52"/>
        <source>누가 하는 일인지 기록해야 합니다. --as 사번으로 직원을 적어 주세요 (담당자가 정해지지 않은 민원입니다).</source>
        <translation>Who does this must be recorded. Please name the staff member with --as EMPLOYEE_NO (the case has no officer yet).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="62"/>
        <source>민원 접수·회신·목록</source>
        <translation>Register, answer and list cases</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="67"/>
        <source>민원 접수 (담당자가 없으면 업무대행자에게)</source>
        <translation>Register a case (to the deputy when the officer is away)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="71"/>
        <source>민원을 접수하고 한 줄을 탭으로 나눠 출력합니다: 접수번호, 처리 담당자의 사번, 처리기한(ISO 8601, +09:00). 담당자가 그 시각에 자리에 없으면 업무대행자가 맡고, 그 까닭은 표준 오류로 알려 줍니다.</source>
        <translation>Registers the case and prints one tab-separated line: case number, employee number of the officer handling it, deadline (ISO 8601, +09:00). When the officer is away at that moment the deputy takes it, and why is said on standard error.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="80"/>
        <location filename="../../minwon_desk/cli/case.py" line="278"/>
        <source>제목</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="84"/>
        <source>담당자의 사번</source>
        <translation>The officer&apos;s employee number</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="88"/>
        <source>민원인 이름</source>
        <translation>Petitioner&apos;s name</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="89"/>
        <source>회신 받을 곳 (주소·이메일·전화)</source>
        <translation>Where to send the reply (address, email, phone)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="93"/>
        <location filename="../../minwon_desk/cli/case.py" line="280"/>
        <source>내용</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="95"/>
        <source>1년보다 오래된 --at을 기록하는 까닭 (감사 기록에 남습니다)</source>
        <translation>Why an --at more than a year ago is recorded (kept in the audit trail)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="99"/>
        <source>접수 시각 (기본: 지금; 오프셋이 없으면 서울 시각)</source>
        <translation>When it was received (default: now; Seoul time without an offset)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="103"/>
        <source>민원인이 진행 상황을 받을 방법: phone(전화, 기본), email, sms, none (email·sms는 단계마다 알림을 보냅니다)</source>
        <translation>How the petitioner hears of progress: phone (the default), email, sms, none (email and sms send a notice at each step)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="109"/>
        <location filename="../../minwon_desk/cli/case.py" line="161"/>
        <source>알림을 받을 이메일 주소</source>
        <translation>Email address for the notices</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="111"/>
        <location filename="../../minwon_desk/cli/case.py" line="163"/>
        <source>문자를 받을 휴대전화 번호</source>
        <translation>Mobile number for text messages</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="114"/>
        <source>같은 민원인·제목의 앞선 민원과 이어서 접수 (두 민원 이력에 서로 남김)</source>
        <translation>Register as a follow-up of the earlier case with the same petitioner and subject (noted in both cases&apos; histories)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="120"/>
        <source>같은 민원인·제목의 민원이 하루 안에 있어도 따로 접수</source>
        <translation>Register separately even if a case with the same petitioner and subject was registered within a day</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="126"/>
        <source>민원 회신 (회신문 번호 출력)</source>
        <translation>Answer a case (prints the reply letter&apos;s number)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="127"/>
        <source>회신 내용을 기록하고 처리 시계를 멈춥니다. 회신문의 문서번호를 출력합니다.</source>
        <translation>Records the answer and stops the case&apos;s clock. Prints the reply letter&apos;s document number.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="132"/>
        <location filename="../../minwon_desk/cli/case.py" line="144"/>
        <location filename="../../minwon_desk/cli/case.py" line="157"/>
        <location filename="../../minwon_desk/cli/case.py" line="194"/>
        <location filename="../../minwon_desk/cli/case.py" line="278"/>
        <source>접수번호</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="133"/>
        <source>회신 내용</source>
        <translation>The answer</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="139"/>
        <source>다른 기관으로 민원 이송 (이송 통지 번호 출력)</source>
        <translation>Transfer a case to another agency (prints the transfer notice&apos;s number)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="140"/>
        <source>다른 기관 소관인 민원을 사유와 함께 그 기관으로 이송합니다. 접수 후 8근무시간 안에 해야 합니다(민원처리법 시행령 제13조). 민원은 처리 목록에서 빠지고 기록은 남으며, 민원인에게 보낼 이송 통지의 문서번호를 출력합니다.</source>
        <translation>Transfers a case that belongs to another agency to that agency, with the reason. It must be done within 8 working hours of receipt (Enforcement Decree of the Civil Petitions Act, Article 13). The case leaves the working lists, its record stays, and the document number of the transfer notice for the petitioner is printed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="145"/>
        <source>이송할 기관 이름</source>
        <translation>Name of the agency to transfer to</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="147"/>
        <source>이송 사유 (이송 통지에 실립니다)</source>
        <translation>Reason for the transfer (printed in the transfer notice)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="150"/>
        <source>민원인이 알림을 받을 방법 바꾸기</source>
        <translation>change how the petitioner hears about the case</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="151"/>
        <source>접수한 뒤 민원인이 진행 상황을 받을 방법을 바꿉니다. 다음 단계의 알림부터 새 방법으로 갑니다. 민원 이력과 감사 기록에 남습니다.</source>
        <translation>Changes how the petitioner hears about the case after it was registered. Notices from the next stage on go the new way. The change is kept in the case history and the audit trail.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="158"/>
        <source>phone(전화), email, sms, none(알리지 않음)</source>
        <translation>phone, email, sms or none (no notices)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="166"/>
        <source>민원 목록</source>
        <translation>List cases</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="167"/>
        <source>한 줄에 민원 하나를 탭으로 나눠 출력합니다: 접수번호, 담당자 사번, 종류, 상태, 처리기한, 제목. 처리 중인 민원은 남은 시간이 짧은 것부터, 처리한 민원은 그 뒤에.</source>
        <translation>Prints one case per line, tab-separated: case number, officer&apos;s employee number, type, state, deadline, subject. Open cases come first, least time left first; finished cases after them.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="173"/>
        <source>이 직원이 맡은 민원만</source>
        <translation>Only the cases this staff member holds</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="178"/>
        <source>on_time, warning, overdue, extended, paused, done 중 하나</source>
        <translation>One of on_time, warning, overdue, extended, paused, done</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="184"/>
        <source>민원 한 건 보기 (민원인 포함, 접속기록에 남음)</source>
        <translation>Show one case (with the petitioner; recorded in the access log)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="188"/>
        <source>민원 한 건의 접수 내용과 민원인(이름·회신 받을 곳)을 가리지 않고 출력합니다. 개인정보를 보는 일이므로 누가 언제 어느 민원을 보았는지 접속기록에 남깁니다.</source>
        <translation>Prints what was registered for one case and the petitioner (name, where to reply), unmasked. As this views personal data, who saw which case and when is recorded in the access log.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="278"/>
        <source>처리기한</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="279"/>
        <source>민원인</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="279"/>
        <source>회신 받을 곳</source>
        <translation>Reply to</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="285"/>
        <source>처리 경과:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="291"/>
        <source>발급한 문서:</source>
        <translation>Documents issued:</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case.py" line="321"/>
        <source>같은 민원인·제목의 민원이 하루 안에 이미 접수되어 있습니다 ({numbers}). 같은 민원이면 --link {number}(으)로 이어서, 다른 민원이면 --proceed로 따로 접수해 주세요. 아무것도 접수하지 않았습니다.</source>
        <translation>A case with the same petitioner and subject was already registered within a day ({numbers}). If it is the same matter, register it as a follow-up with --link {number}; if it is another, register it separately with --proceed. Nothing was registered.</translation>
    </message>
</context>
<context>
    <name>CaseDocument</name>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="283"/>
        <source>접수증</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="284"/>
        <source>회신문</source>
        <translation>Reply letter</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="285"/>
        <source>처리기간 연장 통지</source>
        <translation>Extension notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="286"/>
        <source>중간 통지</source>
        <translation>Interim notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="287"/>
        <source>이송 통지</source>
        <translation>Transfer notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="295"/>
        <source>{document} ({ordinal}차)</source>
        <translation>{document} (no. {ordinal})</translation>
    </message>
</context>
<context>
    <name>CaseEvent</name>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="209"/>
        <source>접수</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="210"/>
        <source>담당자 지정</source>
        <translation>Officer assigned</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="211"/>
        <source>진행 메모</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="212"/>
        <source>보완 요청 (기한 멈춤)</source>
        <translation>Missing material requested (deadline paused)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="213"/>
        <source>보완 접수 (기한 다시 흐름)</source>
        <translation>Missing material received (deadline running again)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="214"/>
        <source>처리기간 연장</source>
        <translation>Processing period extended</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="215"/>
        <source>중간 통지</source>
        <translation>Interim notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="216"/>
        <source>1357 단계</source>
        <translation>1357 stage</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="217"/>
        <source>회신</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="218"/>
        <source>다른 기관으로 이송</source>
        <translation>Transferred to another agency</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="219"/>
        <source>현장 방문</source>
        <translation>Site visit</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="220"/>
        <source>조사 결과</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="221"/>
        <source>관련 민원 연결</source>
        <translation>Related case linked</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="222"/>
        <source>알림 방법 변경</source>
        <translation>Notification method changed</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="255"/>
        <location filename="../../minwon_desk/services/cases/queries.py" line="274"/>
        <source>1357 {stage}</source>
        <translation>1357 {stage}</translation>
    </message>
</context>
<context>
    <name>CasePrintCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/case_print.py" line="34"/>
        <source>접수증 (처리예정일 안내)</source>
        <translation>receipt (with the expected completion date)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case_print.py" line="35"/>
        <source>회신문 (담당자 소속·성명·연락처)</source>
        <translation>reply letter (with the officer&apos;s department, name and contact)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case_print.py" line="36"/>
        <source>처리기간 연장 통지</source>
        <translation>extension notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case_print.py" line="37"/>
        <source>중간 통지 (처리 진행상황)</source>
        <translation>interim notice (progress so far)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case_print.py" line="47"/>
        <source>민원 {text}</source>
        <translation>Case {text}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case_print.py" line="48"/>
        <source>민원의 {text}를 PDF 파일로 저장하거나(-o) 프린터로 보냅니다(--printer).</source>
        <translation>Saves the case&apos;s {text} as a PDF file (-o) or sends it to a printer (--printer).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case_print.py" line="53"/>
        <source>접수번호, 예: MSS-2026-000123</source>
        <translation>Case number, e.g. MSS-2026-000123</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case_print.py" line="59"/>
        <source>몇 번째 통지인지 (기본: 마지막)</source>
        <translation>Which notice (default: the latest)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case_print.py" line="80"/>
        <source>{title}을(를) 저장했습니다: {output} (문서번호 {number}).</source>
        <translation>Saved the {title}: {output} (document no. {number}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case_print.py" line="85"/>
        <source>문서</source>
        <translation>the document</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/case_print.py" line="91"/>
        <source>{title}을(를) {printer} 프린터로 보냈습니다 (작업 {job}, 문서번호 {number}).</source>
        <translation>Sent the {title} to printer {printer} (job {job}, document no. {number}).</translation>
    </message>
</context>
<context>
    <name>CaseRegister</name>
    <message>
        <location filename="../../minwon_desk/services/cases/register.py" line="103"/>
        <source>끝 날짜({last})가 시작 날짜({first})보다 앞섭니다. 날짜를 바꿔 적어 주세요.</source>
        <translation>The end date ({last}) comes before the start date ({first}). Please swap the dates.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/register.py" line="107"/>
        <source>민원 처리부는 5년 이내의 기간으로 뽑아 주세요.</source>
        <translation>Please take the case register for a period of 5 years or less.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/register_service.py" line="53"/>
        <source>부서(번호 {id})를 찾을 수 없습니다.</source>
        <translation>Department (no. {id}) cannot be found.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/register_service.py" line="67"/>
        <source>민원 처리부는 .xlsx, .pdf 또는 .hwpx로 저장합니다.</source>
        <translation>The case register is saved as .xlsx, .pdf or .hwpx.</translation>
    </message>
</context>
<context>
    <name>CaseStage</name>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="135"/>
        <source>출동</source>
        <translation>Task force dispatched</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="136"/>
        <source>지방청 해소</source>
        <translation>Resolved by the regional office</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="137"/>
        <source>본부 해소</source>
        <translation>Resolved by headquarters</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="138"/>
        <source>관계부처 요청</source>
        <translation>Referred to other ministries</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <location filename="../../minwon_desk/domain/case_clock.py" line="47"/>
        <source>기한 내</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/case_clock.py" line="48"/>
        <source>임박</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/case_clock.py" line="49"/>
        <source>기한 지남</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/case_clock.py" line="50"/>
        <source>연장됨</source>
        <translation>extended</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/case_clock.py" line="51"/>
        <source>보완 대기</source>
        <translation>awaiting material</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/case_clock.py" line="52"/>
        <source>처리 완료</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>CaseType</name>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="48"/>
        <source>질의(법령)</source>
        <translation>inquiry (law)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="49"/>
        <source>질의(제도·절차)</source>
        <translation>inquiry (procedure)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="50"/>
        <source>건의</source>
        <translation>suggestion</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="51"/>
        <source>고충·불만</source>
        <translation>grievance</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="52"/>
        <source>기타</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="53"/>
        <source>1357 현장애로</source>
        <translation>1357 field difficulty</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="54"/>
        <source>불친절·불성실 신고</source>
        <translation>discourtesy report</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="55"/>
        <source>금품수수·부정비리 신고</source>
        <translation>bribery report</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="199"/>
        <source>1357 단계 &apos;{key}&apos;은(는) 없습니다.</source>
        <translation>There is no 1357 stage &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="243"/>
        <source>민원 종류 &apos;{value}&apos;은(는) 없습니다. 다음 중 하나로 적어 주세요: {names}.</source>
        <translation>There is no case type &apos;{value}&apos;. Please write one of: {names}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="258"/>
        <source>접수 경로 &apos;{value}&apos;은(는) 없습니다. 다음 중 하나로 적어 주세요: {names}.</source>
        <translation>There is no channel &apos;{value}&apos;. Please write one of: {names}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="272"/>
        <source>{label}을(를) 적어 주세요.</source>
        <translation>Please fill in: {label}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="275"/>
        <source>{label}이(가) 너무 깁니다 ({count:,}자). {limit:,}자 이내로 줄여 주세요.</source>
        <translation>{label} is too long ({count:,} characters). Please shorten it to {limit:,} characters or fewer.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="286"/>
        <source>첨부 파일 이름</source>
        <translation>Attachment name</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/cases.py" line="292"/>
        <source>첨부는 {max_attachments}개까지 적을 수 있습니다 ({count}개).</source>
        <translation>Up to {max_attachments} attachments can be listed ({count} given).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/documents.py" line="63"/>
        <source>문서 종류 &apos;{kind}&apos;은(는) 없습니다: {kinds}.</source>
        <translation>There is no document kind &apos;{kind}&apos;: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/documents.py" line="120"/>
        <source>담당자가 정해지지 않은 민원입니다. 담당자를 지정한 뒤에 인쇄해 주세요.</source>
        <translation>The case has no officer yet. Please assign one before printing.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/documents.py" line="172"/>
        <source>회신 내용이 없습니다. 회신 내용을 적어 회신한 뒤에 인쇄해 주세요.</source>
        <translation>There is no answer yet. Please write and send the answer before printing.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="81"/>
        <source>{note} 다른 직원을 골라 주세요.</source>
        <translation>{note} Please choose another staff member.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="86"/>
        <source>담당자를 바꿀 수 없습니다</source>
        <translation>the officer cannot be changed</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="90"/>
        <source>이미 이 직원이 담당하고 있습니다.</source>
        <translation>This staff member already handles it.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="110"/>
        <source>진행 메모</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="111"/>
        <source>무엇을 했는지 적어 주세요.</source>
        <translation>Please say what was done.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="130"/>
        <source>이미 보완을 기다리는 중입니다 ({since}부터).</source>
        <translation>Already awaiting material (since {since}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="134"/>
        <source>보완을 요청할 수 없습니다</source>
        <translation>more material cannot be asked for</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="136"/>
        <source>보완 요청 사유</source>
        <translation>Reason for asking for material</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="155"/>
        <source>보완 접수 메모</source>
        <translation>Note on the material received</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="163"/>
        <source>보완을 기다리는 민원이 아닙니다. 기한은 이미 흐르고 있습니다.</source>
        <translation>The case is not awaiting material. Its clock is already running.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="189"/>
        <source>보완을 기다리는 동안에는 기한이 멈춰 있어 연장할 필요가 없습니다. 보완 접수 후에 연장해 주세요.</source>
        <translation>While awaiting material the clock is stopped, so there is no need to extend. Please extend after the material arrives.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="194"/>
        <source>연장할 수 없습니다</source>
        <translation>it cannot be extended</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="195"/>
        <source>연장 통지서</source>
        <translation>extension notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="196"/>
        <source>연장 사유</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="197"/>
        <source>동의 기록</source>
        <translation>Record of consent</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="227"/>
        <source>진행 상황</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="228"/>
        <source>지금까지 어떻게 처리하고 있는지 적어 주세요.</source>
        <translation>Please say how the case has been handled so far.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="239"/>
        <source>중간 통지를 보낼 수 없습니다</source>
        <translation>no interim notice can be sent</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="240"/>
        <source>중간 통지서</source>
        <translation>interim notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="264"/>
        <source>1357 현장애로 민원에만 단계가 있습니다.</source>
        <translation>Only 1357 field difficulty cases have stages.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="267"/>
        <source>이 민원에는 &apos;{key}&apos; 단계가 없습니다.</source>
        <translation>This case has no &apos;{key}&apos; stage.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="269"/>
        <source>&apos;{key}&apos; 단계는 {met_at}에 이미 기록했습니다.</source>
        <translation>The &apos;{key}&apos; stage was already recorded at {met_at}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="278"/>
        <source>회신 내용</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="279"/>
        <source>회신할 내용을 적어 주세요. 회신문에 그대로 실립니다.</source>
        <translation>Please write the answer. It is printed as written in the reply letter.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="288"/>
        <source>다시 회신할 수 없습니다</source>
        <translation>it cannot be answered again</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="289"/>
        <source>회신문</source>
        <translation>reply letter</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="309"/>
        <source>조사 결과</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="310"/>
        <source>무엇을 확인했는지 적어 주세요. 보상 검토의 근거가 됩니다.</source>
        <translation>Please say what was found. It is the basis of the compensation review.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="320"/>
        <source>조사 결과는 불친절·불성실 신고 민원에만 기록합니다.</source>
        <translation>Findings are recorded only for discourtesy reports.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="325"/>
        <source>인정</source>
        <translation>upheld</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="325"/>
        <source>불인정</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/progress.py" line="327"/>
        <source>이미 {when}에 &apos;{what}&apos;(으)로 조사 결과를 기록한 민원입니다.</source>
        <translation>A finding (&apos;{what}&apos;) was already recorded for this case at {when}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/records.py" line="47"/>
        <source>민원 {number}은(는) {when}에 다른 기관으로 이송했습니다. {what}.</source>
        <translation>Case {number} was transferred to another agency on {when}. {what}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/records.py" line="53"/>
        <source>민원 {number}은(는) {when}에 이미 회신했습니다. {what}.</source>
        <translation>Case {number} was already answered at {when}, so {what}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/records.py" line="62"/>
        <source>담당자가 정해지지 않았습니다. {document}에는 담당자가 적혀야 하므로 먼저 담당자를 지정해 주세요.</source>
        <translation>No officer is assigned. The {document} must name the officer, so please assign one first.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/records.py" line="72"/>
        <source>처리 예정일이 오늘보다 앞입니다. 날짜를 확인해 주세요.</source>
        <translation>The expected date is before today. Please check the date.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/records.py" line="77"/>
        <source>{day}은(는) 근무일이 아닙니다.</source>
        <translation>{day} is not a working day.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="121"/>
        <source>민원 {case_id}을(를) 찾을 수 없습니다. 목록을 새로 고쳐 주세요.</source>
        <translation>Case {case_id} was not found. Please refresh the list.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="131"/>
        <source>접수번호 {number}인 민원이 없습니다. &apos;minwon-desk case list&apos;로 번호를 확인해 주세요.</source>
        <translation>There is no case number {number}. Please check the number with &apos;minwon-desk case list&apos;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="335"/>
        <source>아직 회신하지 않은 민원입니다. 회신 내용을 적어 회신한 뒤에 회신문을 인쇄할 수 있습니다.</source>
        <translation>The case has not been answered yet. The reply letter can be printed once the answer is written and sent.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="341"/>
        <source>이 민원에는 {ordinal}차 {what}가 없습니다.</source>
        <translation>This case has no {what} no. {ordinal}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="343"/>
        <source>이 민원은 처리기간을 연장한 적이 없어 연장 통지가 없습니다.</source>
        <translation>This case was never extended, so it has no extension notice.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/queries.py" line="344"/>
        <source>이 민원에는 아직 {what}가 없습니다.</source>
        <translation>This case has no {what} yet.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/opening.py" line="104"/>
        <source>제목</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/opening.py" line="105"/>
        <source>민원의 제목을 한 줄로 적어 주세요.</source>
        <translation>Please write the case&apos;s subject in one line.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/opening.py" line="107"/>
        <source>내용</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/opening.py" line="109"/>
        <source>민원인 이름</source>
        <translation>Petitioner&apos;s name</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/opening.py" line="112"/>
        <source>회신 받을 곳</source>
        <translation>Where to reply</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/opening.py" line="174"/>
        <location filename="../../minwon_desk/services/cases/opening.py" line="207"/>
        <source>전화메모 {memo_id}을(를) 찾을 수 없습니다.</source>
        <translation>Phone memo {memo_id} was not found.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/opening.py" line="315"/>
        <source>접수 시각</source>
        <translation>Time received</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/service.py" line="80"/>
        <source>처리를 마친 민원에는 더 보낼 알림이 없어 알림 방법을 바꿀 수 없습니다.</source>
        <translation>The case is closed: no more notices will be sent, so how to notify cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/service.py" line="86"/>
        <source>알림 방법이 지금과 같습니다. 바뀐 것이 없어 기록하지 않았습니다.</source>
        <translation>That is how the petitioner hears already. Nothing changed, nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/transfer.py" line="48"/>
        <source>이송할 기관</source>
        <translation>Agency to transfer to</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/transfer.py" line="50"/>
        <source>이송할 기관의 이름을 적어 주세요 (예: 고용노동부).</source>
        <translation>Please write the name of the agency to transfer to (e.g. Ministry of Employment and Labor).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/transfer.py" line="51"/>
        <source>이송 사유</source>
        <translation>Reason for the transfer</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/transfer.py" line="53"/>
        <source>왜 그 기관의 일인지 적어 주세요. 이송 통지에 그대로 실립니다.</source>
        <translation>Please write why it is that agency&apos;s matter. It is printed as written in the transfer notice.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/transfer.py" line="60"/>
        <source>다시 이송할 수 없습니다</source>
        <translation>It cannot be transferred again</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/interim.py" line="40"/>
        <source>담당 부서에서 민원 내용을 검토하며 처리하고 있습니다. 처리되는 대로 결과를 알려 드리겠습니다.</source>
        <translation>The department in charge is reviewing and handling your case. We will let you know the result as soon as it is done.</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <location filename="../../minwon_desk/services/privacy/chain.py" line="32"/>
        <source>기록의 해시 사슬 머리가 없습니다. &apos;minwon-desk db upgrade&apos;로 데이터베이스를 최신으로 올린 뒤 다시 시도해 주세요.</source>
        <translation>The records&apos; hash chain has no head. Please upgrade the database with &apos;minwon-desk db upgrade&apos; and try again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/chain.py" line="169"/>
        <source>{row_id}번 행 앞에서 사슬이 끊겼습니다: 그 앞의 행이 지워졌거나, 행이 끼워 넣어졌습니다.</source>
        <translation>The chain breaks before row {row_id}: the row before it was deleted, or a row was inserted.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/chain.py" line="178"/>
        <source>{row_id}번 행의 내용이 기록된 뒤 바뀌었거나, 끼워 넣은 행입니다.</source>
        <translation>Row {row_id} was changed after it was recorded, or was inserted.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/chain.py" line="195"/>
        <source>마지막 행이 사슬 머리와 맞지 않습니다: {value}번까지 있어야 하는데 {last_id}번에서 끝납니다. 끝의 행이 지워졌거나 덧붙여졌습니다.</source>
        <translation>The last row does not match the chain&apos;s head: rows should go up to {value} but end at {last_id}. Rows at the end were deleted or appended.</translation>
    </message>
</context>
<context>
    <name>Charter</name>
    <message>
        <location filename="../../minwon_desk/domain/charter_reader.py" line="17"/>
        <source>3m(벽시계 분), 3h(근무시간), 3d(일), immediate(즉시) 형식으로 적어 주세요.</source>
        <translation>Please write it as 3m (wall-clock minutes), 3h (working hours), 3d (days) or immediate.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter.py" line="125"/>
        <source>이행표준 &apos;{name}&apos;에 &apos;{key}&apos; 시계가 없습니다.</source>
        <translation>The charter &apos;{name}&apos; has no &apos;{key}&apos; clock.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter.py" line="144"/>
        <source>{reason}. 헌장 파일이 맞는지 확인해 주세요.</source>
        <translation>{reason}. Please check that this is the charter file.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter.py" line="149"/>
        <source>파일이 없습니다. 경로를 확인해 주세요.</source>
        <translation>The file does not exist. Please check the path.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter.py" line="155"/>
        <source>파일을 읽을 수 없습니다({strerror}). 권한을 확인해 주세요.</source>
        <translation>The file cannot be read ({strerror}). Please check its permissions.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter.py" line="165"/>
        <source>UTF-8이 아닌 글자가 있습니다. 파일을 UTF-8로 저장해 주세요.</source>
        <translation>It has characters that are not UTF-8. Please save the file as UTF-8.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter.py" line="181"/>
        <source>괄호([ ], { })가 너무 깊게 겹쳐 있어 읽을 수 없습니다. 파일을 확인해 주세요.</source>
        <translation>Its brackets ([ ], { }) are nested too deep to read. Please check the file.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_reader.py" line="37"/>
        <source>[{key}] 구역이 없습니다. 이 구역을 추가해 주세요.</source>
        <translation>There is no [{key}] section. Please add it.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_reader.py" line="43"/>
        <source>&apos;{key}&apos;는 [{key}] 구역이어야 합니다.</source>
        <translation>&apos;{key}&apos; must be a [{key}] section.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_reader.py" line="52"/>
        <source>알 수 없는 키입니다. 오타인지 확인해 주세요. 이 구역에 쓸 수 있는 키: {known}.</source>
        <translation>Unknown key. Please check for a typo. Keys this section accepts: {known}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_reader.py" line="64"/>
        <source>&apos;{name}&apos; 값이 없습니다. {name} = &quot;…&quot; 줄을 추가해 주세요.</source>
        <translation>&apos;{name}&apos; has no value. Please add a line {name} = &quot;…&quot;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_reader.py" line="70"/>
        <source>글자여야 합니다(받은 값: {value!r}). 따옴표로 감싸 주세요.</source>
        <translation>It must be text (given: {value!r}). Please put it in quotes.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_reader.py" line="75"/>
        <source>비어 있습니다. 값을 적어 주세요.</source>
        <translation>It is empty. Please give a value.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_reader.py" line="81"/>
        <source>정수여야 합니다(받은 값: {value!r}). 따옴표 없이 숫자만 적어 주세요.</source>
        <translation>It must be a whole number (given: {value!r}). Please write only the number, without quotes.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_reader.py" line="87"/>
        <source>{value}은(는) 쓸 수 없습니다. {low:,}부터 {high:,}까지의 수를 적어 주세요.</source>
        <translation>{value} cannot be used. Please write a number from {low:,} to {high:,}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_reader.py" line="101"/>
        <source>기간은 &quot;3d&quot;처럼 따옴표로 감싸야 합니다(받은 값: {value!r}). {period_help}</source>
        <translation>A period must be in quotes, like &quot;3d&quot; (given: {value!r}). {period_help}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_reader.py" line="110"/>
        <source>기간 &apos;{value}&apos;을(를) 읽을 수 없습니다. {period_help}</source>
        <translation>Cannot read the period &apos;{value}&apos;. {period_help}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_reader.py" line="125"/>
        <source>시각 {value!r}을(를) 읽을 수 없습니다. &quot;09:00&quot;처럼 적어 주세요.</source>
        <translation>Cannot read the time {value!r}. Please write it like &quot;09:00&quot;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter.py" line="203"/>
        <source>&apos;{charter_id}&apos;은(는) 쓸 수 없습니다. 영문 소문자·숫자·-·_로 적어 주세요 (예: &quot;mss&quot;).</source>
        <translation>&apos;{charter_id}&apos; cannot be used. Please use lowercase Latin letters, digits, - and _ (e.g. &quot;mss&quot;).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter.py" line="222"/>
        <source>&apos;{cycle}&apos;은(는) 쓸 수 없습니다. 다음 중 하나를 적어 주세요: {known}.</source>
        <translation>&apos;{cycle}&apos; cannot be used. Please write one of: {known}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter.py" line="274"/>
        <source>근무 종료({end:%H:%M})가 시작({start:%H:%M})보다 늦어야 합니다.</source>
        <translation>The end of work ({end:%H:%M}) must be after its start ({start:%H:%M}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter.py" line="282"/>
        <source>점심 시작({lunch_start:%H:%M})은 근무시간 안이어야 합니다.</source>
        <translation>The start of lunch ({lunch_start:%H:%M}) must be within working hours.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter.py" line="287"/>
        <source>점심 끝({lunch_end:%H:%M})은 점심 시작({lunch_start:%H:%M})과 근무 종료({end:%H:%M}) 사이여야 합니다.</source>
        <translation>The end of lunch ({lunch_end:%H:%M}) must be between the start of lunch ({lunch_start:%H:%M}) and the end of work ({end:%H:%M}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_clocks.py" line="54"/>
        <source>[clocks.{name}] 구역이 없습니다. 추가해 주세요. 기한이 없으면 period 없이 구역만 두면 됩니다.</source>
        <translation>There is no [clocks.{name}] section. Please add it; without a deadline, the section alone, without period, is enough.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_clocks.py" line="72"/>
        <source>기한(period)이 없는 시계에는 경고 시점을 둘 수 없습니다. warn_before를 지우거나 period를 적어 주세요.</source>
        <translation>A clock without a deadline (period) cannot have a warning point. Remove warn_before or give a period.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_clocks.py" line="81"/>
        <source>경고 시점 {warn}은(는) 기간 {period}보다 짧아야 합니다. 더 짧게 적어 주세요.</source>
        <translation>The warning point {warn} must be shorter than the period {period}. Please make it shorter.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_compensation.py" line="35"/>
        <source>보상 규칙은 [[compensation]] 구역으로 하나씩 적어 주세요.</source>
        <translation>Please write compensation rules one by one as [[compensation]] sections.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_compensation.py" line="49"/>
        <source>&apos;{kind}&apos;은(는) 알 수 없는 보상 종류입니다. 다음 중 하나를 적어 주세요: {known}.</source>
        <translation>&apos;{kind}&apos; is not a known kind of compensation. Please write one of: {known}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_compensation.py" line="57"/>
        <source>보상 종류 &apos;{kind}&apos;가 두 번 나옵니다. 하나만 남겨 주세요.</source>
        <translation>The compensation kind &apos;{kind}&apos; appears twice. Please keep only one.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_compensation.py" line="66"/>
        <source>보상 금액(amount)이 없습니다. amount = 10000처럼 적어 주세요.</source>
        <translation>The compensation has no amount. Please write it like amount = 10000.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_locate.py" line="27"/>
        <source>같은 키를 두 번 적었습니다. 하나를 지워 주세요.</source>
        <translation>The same key is written twice. Please delete one.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_locate.py" line="28"/>
        <source>같은 구역을 두 번 적었습니다. 하나로 합쳐 주세요.</source>
        <translation>The same section is written twice. Please merge them into one.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_locate.py" line="29"/>
        <source>따옴표가 닫히지 않았습니다. 글자 값의 끝에 &quot;를 붙여 주세요.</source>
        <translation>A quote is not closed. Please add &quot; at the end of the text value.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_locate.py" line="30"/>
        <source>값을 읽을 수 없습니다. 글자는 &quot;3d&quot;처럼 따옴표로 감싸 주세요.</source>
        <translation>Cannot read the value. Please put text in quotes, like &quot;3d&quot;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_locate.py" line="31"/>
        <source>키 뒤에 &apos;=&apos;가 없습니다. &apos;키 = 값&apos; 형식으로 적어 주세요.</source>
        <translation>There is no &apos;=&apos; after the key. Please write it as &apos;key = value&apos;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_locate.py" line="34"/>
        <source>값 뒤에 읽을 수 없는 글자가 있습니다. 글자 값은 &quot;3h&quot;처럼 따옴표로 감싸 주세요.</source>
        <translation>There are unreadable characters after the value. Please put text values in quotes, like &quot;3h&quot;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_locate.py" line="36"/>
        <source>구역 이름의 대괄호가 닫히지 않았습니다. [구역] 형식으로 적어 주세요.</source>
        <translation>A section name&apos;s bracket is not closed. Please write it as [section].</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_locate.py" line="45"/>
        <source>이행표준 파일 {file}</source>
        <translation>Charter file {file}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_locate.py" line="47"/>
        <source>이행표준 파일 {file} {line}행</source>
        <translation>Charter file {file}, line {line}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_locate.py" line="68"/>
        <source>TOML 문법에 맞지 않습니다. 따옴표, 등호, 대괄호를 확인해 주세요.</source>
        <translation>This is not valid TOML. Please check the quotes, equals signs and brackets.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/charter_locate.py" line="71"/>
        <source>{problem} (원문: {detail})</source>
        <translation>{problem} (original: {detail})</translation>
    </message>
</context>
<context>
    <name>ClockColour</name>
    <message>
        <location filename="../../minwon_desk/domain/clockstate.py" line="33"/>
        <source>진행 중</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/clockstate.py" line="34"/>
        <source>임박</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/clockstate.py" line="35"/>
        <source>기한 지남</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/clockstate.py" line="36"/>
        <source>기한 내 완료</source>
        <translation>done on time</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/clockstate.py" line="37"/>
        <source>기한 넘겨 완료</source>
        <translation>done late</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/clockstate.py" line="38"/>
        <source>기한 없음</source>
        <translation>no deadline</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../minwon_desk/cli/__init__.py" line="104"/>
        <source>민원 데스크 — 고객응대서비스 이행표준으로 운영하는 민원 안내 창구</source>
        <translation>Minwon Desk — the front desk of a public agency, run by its customer service charter</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/__init__.py" line="111"/>
        <source>버전과 데이터베이스 스키마 버전을 보여 주고 끝냅니다</source>
        <translation>Show the version and the database schema version, then exit</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/__init__.py" line="118"/>
        <source>창이 준비되면 PNG로 저장하고 종료합니다</source>
        <translation>Save the window as PNG once it is ready, then exit</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/__init__.py" line="126"/>
        <source>직원 명부 가져오기·내보내기·찾기</source>
        <translation>Import, export and find staff</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/__init__.py" line="132"/>
        <source>좌석배치도·명패 PDF 만들기</source>
        <translation>Make seating charts, nameplates and case documents as PDF</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/__init__.py" line="260"/>
        <source>minwon-desk: 화면(디스플레이)을 찾을 수 없어 창을 열 수 없습니다. 데스크톱에서 실행하거나, 화면 없이 확인하려면 --screenshot PATH를 쓰세요.</source>
        <translation>minwon-desk: no display was found, so the window cannot open. Run it on a desktop, or use --screenshot PATH to check it without a screen.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="62"/>
        <source>날짜 &apos;{text}&apos;를 읽을 수 없습니다. YYYY-MM-DD 형식으로 적어 주세요 (예: 2026-10-02).</source>
        <translation>Cannot read the date &apos;{text}&apos;. Please write it as YYYY-MM-DD (e.g. 2026-10-02).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="69"/>
        <source>날짜 &apos;{text}&apos;의 연도는 {years} 적을 수 있습니다.</source>
        <translation>The year of the date &apos;{text}&apos; must be {years}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="83"/>
        <source>연도 &apos;{text}&apos;를 읽을 수 없습니다. 네 자리 숫자로 적어 주세요 (예: 2026).</source>
        <translation>Cannot read the year &apos;{text}&apos;. Please write it as four digits (e.g. 2026).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="89"/>
        <source>연도 &apos;{text}&apos;는 {years} 적을 수 있습니다.</source>
        <translation>The year &apos;{text}&apos; must be {years}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="102"/>
        <source>&apos;{text}&apos;은(는) 숫자가 아닙니다. 1 이상의 정수로 적어 주세요.</source>
        <translation>&apos;{text}&apos; is not a number. Please write a whole number of 1 or more.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="108"/>
        <source>&apos;{text}&apos;은(는) 1부터 1000000까지 적을 수 있습니다.</source>
        <translation>&apos;{text}&apos; must be from 1 to 1000000.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="122"/>
        <source>데이터와 설정</source>
        <translation>data and settings</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="123"/>
        <source>데이터 폴더 (기본: 이 컴퓨터의 사용자 데이터 폴더)</source>
        <translation>Data folder (default: this computer&apos;s user data folder)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="127"/>
        <source>데이터베이스 주소 (환경 변수 MINWON_DB_URL도 됩니다)</source>
        <translation>Database address (the MINWON_DB_URL environment variable works too)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="131"/>
        <source>이행표준: mss, tipa 또는 TOML 파일 경로</source>
        <translation>Service charter: mss, tipa or the path of a TOML file</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="135"/>
        <source>이 창구의 이름</source>
        <translation>The name of this desk</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="136"/>
        <source>데모 기관으로 실행 (실제 데이터베이스는 건드리지 않음)</source>
        <translation>Run with the demo agency (the real database is not touched)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="143"/>
        <source>화면과 메시지의 언어 (기본: 설정의 language)</source>
        <translation>Language of the window and the messages (default: the language setting)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="145"/>
        <source>누가 하는지</source>
        <translation>who does it</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="148"/>
        <source>계정 이름 또는 사번. 비밀번호는 물어보거나 환경 변수 MINWON_PASSWORD에서 읽습니다. 서비스 토큰은 MINWON_TOKEN으로 줍니다</source>
        <translation>Account name or employee number. The password is asked for, or read from the MINWON_PASSWORD environment variable. A service token is given in MINWON_TOKEN</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_imports.py" line="35"/>
        <source>검사만 하고 저장하지 않음</source>
        <translation>Only check; save nothing</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="172"/>
        <source>이 인쇄 대기열로 보냅니다 (CUPS)</source>
        <translation>Send it to this print queue (CUPS)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="188"/>
        <source>{option} 시각</source>
        <translation>the {option} time</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="264"/>
        <source>{file}은(는) 일반 파일이 아닙니다. 가져올 CSV나 XLSX 파일을 지정해 주세요.</source>
        <translation>{file} is not a regular file. Please name the CSV or XLSX file to import.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="268"/>
        <source>파일 {file}을(를) 찾을 수 없습니다. 경로를 확인해 주세요.</source>
        <translation>File {file} was not found. Please check the path.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_signin.py" line="52"/>
        <source>아직 계정이 없습니다. 먼저 관리자 계정을 만들어 주세요: minwon-desk account init --name 이름</source>
        <translation>There are no accounts yet. Please create the administrator account first: minwon-desk account init --name NAME</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_signin.py" line="72"/>
        <source>누가 하는 일인지 밝혀 주세요: --as 계정 이름 또는 사번(비밀번호는 입력하거나 MINWON_PASSWORD로), 또는 MINWON_TOKEN에 서비스 토큰을 주세요.</source>
        <translation>Please say who is doing this: --as ACCOUNT or employee number (the password typed in or in MINWON_PASSWORD), or a service token in MINWON_TOKEN.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_signin.py" line="79"/>
        <source>로그인하지 못했습니다: {message}</source>
        <translation>Could not sign in: {message}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_signin.py" line="82"/>
        <source>처음 받은 비밀번호를 아직 바꾸지 않았습니다. 먼저 바꿔 주세요: minwon-desk account password --as {login}</source>
        <translation>The one-time password has not been changed yet. Please change it first: minwon-desk account password --as {login}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_signin.py" line="106"/>
        <source>{login}의 비밀번호: </source>
        <translation>Password for {login}: </translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_signin.py" line="131"/>
        <source>{option}: 사번 {employee_no}인 직원이 없습니다. &apos;minwon-desk staff find 이름&apos;으로 사번을 찾아 보세요.</source>
        <translation>{option}: there is no staff member with employee number {employee_no}. Look the number up with &apos;minwon-desk staff find NAME&apos;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_imports.py" line="66"/>
        <source>가져오면 {figures} ({file}, {encoding}). 검사만 했고 저장하지 않았습니다.</source>
        <translation>An import would give: {figures} ({file}, {encoding}). Only checked; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_imports.py" line="84"/>
        <source>주의 — {warning}</source>
        <translation>Note — {warning}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_imports.py" line="93"/>
        <source>{file}에 고칠 곳이 {count}군데 있습니다. 고친 뒤 다시 검사해 주세요.</source>
        <translation>{file} has {count} problem(s) to fix. Please fix them and check again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_imports.py" line="98"/>
        <source>{file}에 고칠 곳이 {count}군데 있어 아무것도 가져오지 않았습니다. 고친 뒤 다시 가져와 주세요.</source>
        <translation>{file} has {count} problem(s) to fix, so nothing was imported. Please fix them and import again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="297"/>
        <source>좌석배치도.pdf</source>
        <translation>seating-chart.pdf</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="298"/>
        <source>PDF 파일</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="300"/>
        <source>{path}은(는) 폴더입니다. 저장할 {kind} 이름을 적어 주세요 (예: {example}).</source>
        <translation>{path} is a folder. Please give the name of the {kind} to save (e.g. {example}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="305"/>
        <source>폴더 {parent}이(가) 없습니다. 저장할 위치를 확인해 주세요.</source>
        <translation>Folder {parent} does not exist. Please check where to save.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/_common.py" line="331"/>
        <source>{exc} {noun}는 -o 파일.pdf 로 저장할 수 있습니다.</source>
        <translation>{exc} You can save {noun} with -o FILE.pdf instead.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/account.py" line="29"/>
        <source>새 비밀번호</source>
        <translation>new password</translation>
    </message>
</context>
<context>
    <name>Compensation</name>
    <message>
        <location filename="../../minwon_desk/domain/compensation.py" line="111"/>
        <source>사유</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/compensation.py" line="114"/>
        <source>{what}를 적어 주세요. 기록에 남고 나중에 점검에 쓰입니다.</source>
        <translation>Please give the {what}. It is recorded and used in later inspections.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/compensation.py" line="119"/>
        <source>{what}는 2,000자까지 적을 수 있습니다.</source>
        <translation>The {what} can be up to 2,000 characters.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/compensation.py" line="147"/>
        <source>올해 보상 예산 {cap:,}원을 넘습니다: 지금까지 {spent:,}원, 이번 {adding:,}원을 더하면 {after:,}원입니다. 그래도 지급하려면 확인해 주세요.</source>
        <translation>This exceeds this year&apos;s compensation budget of {cap:,} won: {spent:,} won so far, {after:,} won with this {adding:,} won. Please confirm to pay anyway.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/compensation.py" line="171"/>
        <source>만족도는 1(매우 불만족)부터 5(매우 만족)까지입니다. &apos;{score}&apos;는 쓸 수 없습니다.</source>
        <translation>Satisfaction goes from 1 (very dissatisfied) to 5 (very satisfied). &apos;{score}&apos; cannot be used.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/compensation.py" line="101"/>
        <location filename="../../minwon_desk/services/supervision/compensation.py" line="246"/>
        <source>보상 증서(번호 {voucher_id})를 찾을 수 없습니다.</source>
        <translation>Compensation voucher no. {voucher_id} was not found.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/compensation.py" line="113"/>
        <source>일련번호 &apos;{serial}&apos;인 보상 증서가 없습니다.</source>
        <translation>There is no compensation voucher with serial &apos;{serial}&apos;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/compensation.py" line="252"/>
        <source>증서 {serial}은(는) {voided_at}에 이미 무효 처리했습니다.</source>
        <translation>Voucher {serial} was already voided at {voided_at}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/compensation.py" line="272"/>
        <source>예산은 0원 이상의 금액으로 적어 주세요.</source>
        <translation>Please give a budget of 0 won or more.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/compensation.py" line="298"/>
        <source>이 기관의 고객응대서비스 헌장에는 &apos;{label_ko}&apos; 보상이 없습니다.</source>
        <translation>This agency&apos;s customer service charter has no &apos;{label_ko}&apos; compensation.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/compensation.py" line="312"/>
        <source>&apos;{label_ko}&apos; 보상 대상이 아닙니다 ({value} 번호 {source_id}). 기록이 바뀌었을 수 있으니 목록을 새로 보세요.</source>
        <translation>Not eligible for &apos;{label_ko}&apos; compensation ({value} no. {source_id}). The records may have changed; please refresh the list.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/compensation.py" line="344"/>
        <source>방문</source>
        <translation>visit</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/compensation.py" line="344"/>
        <source>민원</source>
        <translation>case</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/compensation.py" line="360"/>
        <source>이미 결정된 보상 대상입니다.</source>
        <translation>This compensation case has already been decided.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/compensation.py" line="362"/>
        <source> (증서 {serial})</source>
        <translation> (voucher {serial})</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/compensation.py" line="363"/>
        <source>이미 {at}에 {who}이(가) {what}한 보상 대상입니다{issued}. 한 사건에는 증서를 한 번만 발급합니다.</source>
        <translation>{who} already {what} this compensation case on {at}{issued}. An event gets a voucher only once.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/compensation.py" line="374"/>
        <source>받는 분의 이름이 기록에 없습니다. 증서에 적을 이름을 입력해 주세요.</source>
        <translation>The recipient&apos;s name is not on record. Please enter the name to print on the voucher.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/compensation.py" line="380"/>
        <source>받는 분 이름은 100자까지 적을 수 있습니다.</source>
        <translation>The recipient&apos;s name can be up to 100 characters.</translation>
    </message>
</context>
<context>
    <name>CompensationKind</name>
    <message>
        <location filename="../../minwon_desk/domain/compensation.py" line="40"/>
        <source>직원 잘못으로 재방문</source>
        <translation>repeat visit caused by staff</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/compensation.py" line="41"/>
        <source>안내 없이 처리기간 경과</source>
        <translation>processing period passed without notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/compensation.py" line="42"/>
        <source>불친절·불성실 처리</source>
        <translation>discourteous or careless handling</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/compensation.py" line="43"/>
        <source>금품수수·부정비리 신고</source>
        <translation>bribery report</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <location filename="../../minwon_desk/domain/contact.py" line="13"/>
        <source>예: 010-1234-5678, 02-123-4567, 1588-1234</source>
        <translation>e.g. 010-1234-5678, 02-123-4567, 1588-1234</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/contact.py" line="28"/>
        <source>전화번호 &apos;{text}&apos;에 숫자가 아닌 글자가 있습니다. 숫자와 -만 적어 주세요 ({examples}).</source>
        <translation>The phone number &apos;{text}&apos; has characters that are not digits. Please use only digits and - ({examples}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/contact.py" line="44"/>
        <source>전화번호 &apos;{text}&apos;을(를) 알아볼 수 없습니다. 지역번호나 010 등을 포함해 다시 적어 주세요 ({examples}).</source>
        <translation>The phone number &apos;{text}&apos; is not recognised. Please write it again with its area code or 010 prefix ({examples}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/contact.py" line="53"/>
        <source>&apos;{text}&apos;은(는) 국내 전화번호가 아닙니다. 국내 번호만 적을 수 있습니다 ({examples}).</source>
        <translation>&apos;{text}&apos; is not a Korean phone number. Only Korean numbers can be recorded ({examples}).</translation>
    </message>
</context>
<context>
    <name>Corrective</name>
    <message>
        <location filename="../../minwon_desk/services/supervision/corrective.py" line="80"/>
        <source>무엇을 확인했고 어떤 조치를 했는지 적어 주세요.</source>
        <translation>Please say what was found and what action was taken.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/corrective.py" line="85"/>
        <source>조치 내용은 4,000자까지 적을 수 있습니다.</source>
        <translation>The action can be described in up to 4,000 characters.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/corrective.py" line="91"/>
        <source>조치 종류를 골라 주세요.</source>
        <translation>Please choose the kind of action.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/corrective.py" line="115"/>
        <source>민원(번호 {case_id})을 찾을 수 없습니다.</source>
        <translation>Case no. {case_id} was not found.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/corrective.py" line="122"/>
        <source>방문 기록(번호 {visit_id})을 찾을 수 없습니다.</source>
        <translation>Visit no. {visit_id} was not found.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/corrective.py" line="150"/>
        <location filename="../../minwon_desk/services/supervision/corrective.py" line="194"/>
        <source>시정조치(번호 {action_id})를 찾을 수 없습니다.</source>
        <translation>Corrective action no. {action_id} was not found.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/corrective.py" line="237"/>
        <source>{what}을(를) 찾을 수 없습니다. 다시 골라 주세요.</source>
        <translation>{what} was not found. Please choose again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/corrective.py" line="242"/>
        <source>{what}는 지금 근무하는 직원이어야 합니다.</source>
        <translation>{what} must be a current staff member.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/corrective.py" line="267"/>
        <source>이 시정조치에는 연결된 민원이나 방문 기록이 없어 결과 안내문을 보낼 곳이 없습니다.</source>
        <translation>This corrective action has no linked case or visit, so there is nobody to send the result notice to.</translation>
    </message>
</context>
<context>
    <name>CorrectiveKind</name>
    <message>
        <location filename="../../minwon_desk/domain/compensation.py" line="82"/>
        <source>주의</source>
        <translation>caution</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/compensation.py" line="83"/>
        <source>경고</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/compensation.py" line="84"/>
        <source>재교육</source>
        <translation>retraining</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/compensation.py" line="85"/>
        <source>업무 조정</source>
        <translation>reassignment</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/compensation.py" line="86"/>
        <source>기타</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/db.py" line="30"/>
        <source>데이터베이스 만들기·올리기·점검</source>
        <translation>Create, upgrade and check the database</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/db.py" line="33"/>
        <source>스키마 만들기·이 버전으로 올리기</source>
        <translation>Create the schema or upgrade it to this version</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/db.py" line="34"/>
        <source>빈 데이터베이스에 스키마를 만들거나 이전 버전의 스키마를 이 버전으로 올립니다. 공유 PostgreSQL 서버는 관리자가 이 명령으로 한 번 올립니다 (예: minwon-desk db upgrade --db-url postgresql://user@server/minwon).</source>
        <translation>Creates the schema in an empty database, or upgrades an earlier version&apos;s schema to this version. An administrator upgrades a shared PostgreSQL server once with this command (e.g. minwon-desk db upgrade --db-url postgresql://user@server/minwon).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/db.py" line="43"/>
        <source>서버 연결·스키마 버전·응답 시간 점검</source>
        <translation>Check the server connection, the schema version and the response time</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/db.py" line="47"/>
        <source>이 PC에서 데이터베이스에 연결되는지, 스키마 버전이 이 버전과 맞는지, 질의 한 번의 왕복 시간(ms)을 알려 줍니다. 연결되지 않거나 버전이 맞지 않으면 까닭을 말하고 상태 2로 끝납니다.</source>
        <translation>Tells whether this PC can connect to the database, whether the schema version matches this version, and the round trip of one query (ms). When it cannot connect or the versions differ, it says why and exits with status 2.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/db.py" line="62"/>
        <location filename="../../minwon_desk/cli/db.py" line="93"/>
        <source>데이터베이스: {schema}</source>
        <translation>Database: {schema}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/db.py" line="68"/>
        <source>빈 데이터베이스에 스키마 {to_revision}을(를) 만들었습니다.</source>
        <translation>Created schema {to_revision} in the empty database.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/db.py" line="73"/>
        <source>스키마를 {from_revision}에서 {to_revision}(으)로 올렸습니다.</source>
        <translation>Upgraded the schema from {from_revision} to {to_revision}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/db.py" line="78"/>
        <source>이미 이 버전의 스키마({to_revision})입니다. 바꾼 것이 없습니다.</source>
        <translation>The schema is already this version&apos;s ({to_revision}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/db.py" line="83"/>
        <source>올리기 전의 파일을 {backup_path}에 복사해 두었습니다.</source>
        <translation>The file as it was before the upgrade was copied to {backup_path}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/db.py" line="97"/>
        <source>연결되지 않습니다: {exc}</source>
        <translation>Cannot connect: {exc}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/db.py" line="100"/>
        <source>연결: 됨 (왕복 {round_trip_ms:.2f} ms, 가장 빠른 {fastest_ms:.2f} ms)</source>
        <translation>Connection: ok (round trip {round_trip_ms:.2f} ms, fastest {fastest_ms:.2f} ms)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/db.py" line="105"/>
        <source>스키마: {revision} (이 버전과 같습니다)</source>
        <translation>Schema: {revision} (the same as this version)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/db.py" line="109"/>
        <source>스키마가 없습니다 (이 버전: {ours}). &apos;minwon-desk db upgrade --db-url 주소&apos;로 만들어 주세요.</source>
        <translation>There is no schema (this version: {ours}). Please create it with &apos;minwon-desk db upgrade --db-url ADDRESS&apos;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/db.py" line="117"/>
        <source>스키마 {revision}이(가) 이 버전({ours})보다 오래되었습니다. 모든 창구를 업데이트할 때 &apos;minwon-desk db upgrade --db-url 주소&apos;로 올려 주세요.</source>
        <translation>Schema {revision} is older than this version ({ours}). When every desk is updated, upgrade it with &apos;minwon-desk db upgrade --db-url ADDRESS&apos;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/db.py" line="124"/>
        <source>스키마 {revision}은(는) 이 버전({ours})보다 새 버전의 것입니다. 이 PC의 민원 데스크를 업데이트해 주세요.</source>
        <translation>Schema {revision} belongs to a newer version than this one ({ours}). Please update Minwon Desk on this PC.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../minwon_desk/services/deadlines.py" line="28"/>
        <source>이행표준 &apos;{charter}&apos;의 &apos;{name}&apos;({label}) 시계에는 기한이 없습니다. 3d처럼 기간을 직접 적어 주세요.</source>
        <translation>The &apos;{name}&apos; ({label}) clock of the charter &apos;{charter}&apos; has no deadline. Please give a period yourself, like 3d.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/deadlines.py" line="36"/>
        <source>&apos;{name}&apos; 시계가 이행표준에 없습니다. 3d처럼 기간을 직접 적어 주세요.</source>
        <translation>The charter has no &apos;{name}&apos; clock. Please give a period yourself, like 3d.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/deadlines.py" line="38"/>
        <source>&apos;{name}&apos; 시계가 쓸 이행표준이 없습니다. 3d처럼 기간을 직접 적어 주세요.</source>
        <translation>There is no charter to take the &apos;{name}&apos; clock from. Please give a period yourself, like 3d.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/deadlines.py" line="61"/>
        <source>시작 시각</source>
        <translation>the start time</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/deadlines.py" line="65"/>
        <source>{what} &apos;{text}&apos;을(를) 읽을 수 없습니다. ISO 8601 형식으로 적어 주세요 (예: 2026-07-02T15:00+09:00, 오프셋이 없으면 서울 시각: 2026-07-02T15:00).</source>
        <translation>Cannot read {what} &apos;{text}&apos;. Please write it in ISO 8601 (e.g. 2026-07-02T15:00+09:00; without an offset it is Seoul time: 2026-07-02T15:00).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/deadlines.py" line="71"/>
        <source>{what} &apos;{text}&apos;의 연도는 {years} 적을 수 있습니다.</source>
        <translation>The year of {what} &apos;{text}&apos; must be {years}.</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <location filename="../../minwon_desk/domain/compensation.py" line="77"/>
        <source>승인</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/compensation.py" line="78"/>
        <source>반려</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>Deputy</name>
    <message>
        <location filename="../../minwon_desk/domain/deputy.py" line="223"/>
        <source>찾는 직원이 직원 명부에 없습니다. 퇴직 처리되었거나 삭제되었을 수 있으니 목록을 새로 고쳐 주세요.</source>
        <translation>The staff member is not in the staff list. They may have left or been removed; please refresh the list.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="61"/>
        <source>{kind} 중인 {officer}에게 지정된 업무대행자가 없어</source>
        <translation>{officer} is away ({kind}) and has no deputy named, so</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="62"/>
        <source>{kind} 중인 {officer}에게 지정된 업무대행자가 없습니다.</source>
        <translation>{officer} is away ({kind}) and has no deputy named.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="65"/>
        <source>{kind} 중인 {officer}의 업무대행자가 직원 명부에 없어</source>
        <translation>{officer} is away ({kind}) and their deputy is not in the staff list, so</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="66"/>
        <source>{kind} 중인 {officer}의 업무대행자가 직원 명부에 없습니다.</source>
        <translation>{officer} is away ({kind}) and their deputy is not in the staff list.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="142"/>
        <source>{kind} 중인 {officer}의 업무대행자 {deputy}은(는) 더 이상 근무하지 않아</source>
        <translation>{officer} is away ({kind}) and their deputy {deputy} no longer works here, so</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="143"/>
        <source>{kind} 중인 {officer}의 업무대행자 {deputy}은(는) 더 이상 근무하지 않습니다.</source>
        <translation>{officer} is away ({kind}) and their deputy {deputy} no longer works here.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="69"/>
        <source>{kind} 중인 {officer}의 업무대행자가 본인으로 지정되어 있어</source>
        <translation>{officer} is away ({kind}) and is named as their own deputy, so</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="70"/>
        <source>{kind} 중인 {officer}의 업무대행자가 본인으로 지정되어 있습니다.</source>
        <translation>{officer} is away ({kind}) and is named as their own deputy.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="76"/>
        <source>{story}, 그다음 대행자가 지정되어 있지 않아</source>
        <translation>{story}, and no next deputy is named, so</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="77"/>
        <source>{story}, 그다음 대행자가 지정되어 있지 않습니다.</source>
        <translation>{story}, and no next deputy is named.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="80"/>
        <source>{story}, 그다음 대행자가 직원 명부에 없어</source>
        <translation>{story}, and the next deputy is not in the staff list, so</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="81"/>
        <source>{story}, 그다음 대행자가 직원 명부에 없습니다.</source>
        <translation>{story}, and the next deputy is not in the staff list.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="152"/>
        <source>{story}, 그다음 대행자 {deputy}은(는) 더 이상 근무하지 않아</source>
        <translation>{story}, and the next deputy, {deputy}, no longer works here, so</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="153"/>
        <source>{story}, 그다음 대행자 {deputy}은(는) 더 이상 근무하지 않습니다.</source>
        <translation>{story}, and the next deputy, {deputy}, no longer works here.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="157"/>
        <source>{story}, 대행 순서가 다시 {deputy}(으)로 돌아와</source>
        <translation>{story}, and the order of deputies comes back round to {deputy}, so</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="158"/>
        <source>{story}, 대행 순서가 다시 {deputy}(으)로 돌아옵니다.</source>
        <translation>{story}, and the order of deputies comes back round to {deputy}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="85"/>
        <source>{story}, 대행 순서가 다시 처음으로 돌아와</source>
        <translation>{story}, and the order of deputies comes back round to the start, so</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="86"/>
        <source>{story}, 대행 순서가 다시 처음으로 돌아옵니다.</source>
        <translation>{story}, and the order of deputies comes back round to the start.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="165"/>
        <source>{officer}은(는) 더 이상 근무하지 않아</source>
        <translation>{officer} no longer works here, so</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="166"/>
        <source>{officer}은(는) 더 이상 근무하지 않습니다.</source>
        <translation>{officer} no longer works here.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="112"/>
        <source>{kind} 중인 {officer}의 업무대행자 {first}부터 {last}까지 {n}명이 모두 자리에 없고</source>
        <translation>{officer} is away ({kind}) and their deputies, {n} of them from {first} to {last}, are all away too</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="117"/>
        <source>{kind} 중인 {officer}의 업무대행자 {deputy}도 {deputy_kind} 중이고</source>
        <translation>{officer} is away ({kind}) and their deputy {deputy} is away too ({deputy_kind})</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="122"/>
        <source>, 그 대행자 {deputy}도 {deputy_kind} 중이고</source>
        <translation>, and their deputy {deputy} is away too ({deputy_kind})</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="170"/>
        <source>{story}, 그다음 대행자 {deputy}에게 연결합니다.</source>
        <translation>{story}; it goes to the next deputy, {deputy}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="174"/>
        <source>{why} 부서장 {head}에게 연결합니다.</source>
        <translation>{why} it goes to the head of department, {head}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="181"/>
        <source>부서장이 정해져 있지 않고 부서에 근무하는 다른 직원도 없어</source>
        <translation>The department has no head and nobody else working in it, so</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="184"/>
        <source>부서장이 {head} 본인이라</source>
        <translation>The head of department is {head} themselves, so</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="187"/>
        <source>부서장 {head}도 {kind} 중이라</source>
        <translation>The head of department, {head}, is away too ({kind}), so</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/deputy_words.py" line="190"/>
        <source>{why} {reason} 안내 데스크에서 용건을 받아 두었다가 전달해 주세요.</source>
        <translation>{why} {reason} please take the message at the front desk and pass it on.</translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message>
        <location filename="../../minwon_desk/services/desk_settings.py" line="91"/>
        <source>보내는 사람 주소가 이메일 주소가 아닙니다. 예: 민원실 &lt;minwon@example.go.kr&gt;</source>
        <translation>The sender is not an e-mail address. E.g. Civil Affairs &lt;minwon@example.go.kr&gt;</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/desk_settings.py" line="99"/>
        <source>이행표준</source>
        <translation>service charter</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/desk_settings.py" line="101"/>
        <source>이행표준이 비어 있습니다. &apos;mss&apos;, &apos;tipa&apos; 또는 파일 경로를 적어 주세요.</source>
        <translation>The charter is empty. Please give &apos;mss&apos;, &apos;tipa&apos; or a file path.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/desk_settings.py" line="113"/>
        <source>데이터베이스 주소</source>
        <translation>database address</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/desk_settings.py" line="125"/>
        <source>지원하지 않는 데이터베이스 주소입니다({backend}). SQLite 파일(sqlite:///경로/minwon.db) 또는 PostgreSQL 서버 주소(postgresql+psycopg://사용자@서버/데이터베이스)를 적어 주세요.</source>
        <translation>This database address is not supported ({backend}). Please give an SQLite file (sqlite:///path/minwon.db) or a PostgreSQL server address (postgresql+psycopg://user@server/database).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/desk_settings.py" line="141"/>
        <source>메모리 데이터베이스에는 아무것도 남지 않아 쓸 수 없습니다. 데이터베이스 파일 경로(sqlite:///경로/minwon.db)를 적어 주세요.</source>
        <translation>An in-memory database keeps nothing, so it cannot be used. Please give a database file path (sqlite:///path/minwon.db).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/desk_settings.py" line="149"/>
        <source>데이터베이스 파일 {path}이(가) 없습니다. 경로를 확인하거나, 새로 만들려면 &apos;minwon-desk db upgrade --db-url …&apos;로 먼저 만들어 주세요.</source>
        <translation>The database file {path} does not exist. Check the path, or create it first with &apos;minwon-desk db upgrade --db-url …&apos;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/desk_settings.py" line="165"/>
        <source>{path}을(를) 데이터베이스로 읽을 수 없습니다. 민원 데스크의 데이터베이스 파일(minwon.db) 경로를 적어 주세요.</source>
        <translation>{path} cannot be read as a database. Please give the path of Minwon Desk&apos;s database file (minwon.db).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/desk_settings.py" line="173"/>
        <source>{path}은(는) 민원 데스크의 데이터베이스가 아닙니다. 민원 데스크의 데이터베이스 파일(minwon.db) 경로를 적어 주세요.</source>
        <translation>{path} is not a Minwon Desk database. Please give the path of Minwon Desk&apos;s database file (minwon.db).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/desk_settings.py" line="192"/>
        <source>그 데이터베이스는 비어 있습니다. &apos;minwon-desk db upgrade --db-url …&apos;로 먼저 준비한 뒤 적어 주세요.</source>
        <translation>That database is empty. Please prepare it first with &apos;minwon-desk db upgrade --db-url …&apos;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/desk_settings.py" line="200"/>
        <source>그 데이터베이스에는 다른 프로그램의 표가 있고 민원 데스크의 표가 없습니다. 민원 데스크의 데이터베이스 주소를 적어 주세요.</source>
        <translation>That database holds another program&apos;s tables and none of Minwon Desk&apos;s. Please give Minwon Desk&apos;s database address.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../../minwon_desk/services/directory/absence_import.py" line="76"/>
        <source>비어 있습니다. 2026-07-06 09:00처럼 적어 주세요.</source>
        <translation>It is empty. Please write it like 2026-07-06 09:00.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/absence_import.py" line="84"/>
        <source>&apos;{text}&apos;은(는) 없는 날짜입니다. 날짜를 확인해 주세요.</source>
        <translation>&apos;{text}&apos; is not a real date. Please check it.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/absence_import.py" line="99"/>
        <source>&apos;{text}&apos;은(는) 없는 시각입니다. 00:00부터 23:59까지로 적어 주세요.</source>
        <translation>&apos;{text}&apos; is not a real time. Please write a time from 00:00 to 23:59.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/absence_import.py" line="209"/>
        <source>{label} {no}인 직원이 없습니다. 사번을 확인하거나 먼저 직원 명부를 가져와 주세요.</source>
        <translation>There is no staff member with {label} {no}. Please check the number, or import the staff roster first.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/absence_import.py" line="215"/>
        <source>{no} {name} 님은 비활성(퇴직) 직원입니다. 사번을 확인해 주세요.</source>
        <translation>{no} {name} is an inactive (departed) staff member. Please check the employee number.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/absence_import.py" line="283"/>
        <source>부재 기간이 겹치는 직원끼리 서로를 대행자로 두었습니다: {chain} ({lines}). 함께 자리를 비우는 동안에는 업무가 부서장에게 갑니다.{note}</source>
        <translation>Staff whose absences overlap are each other&apos;s deputies: {chain} ({lines}). While they are away together, their work goes to the head.{note}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/absence_import.py" line="289"/>
        <source>{n}행</source>
        <translation>row {n}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/absences.py" line="74"/>
        <source>종료 시각이 시작 시각보다 뒤여야 합니다.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/absences.py" line="103"/>
        <source>이미 취소된 부재 일정입니다.</source>
        <translation>This absence was already cancelled.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/absences.py" line="119"/>
        <source>부재 일정(번호 {absence_id})을 찾을 수 없습니다.</source>
        <translation>Absence no. {absence_id} was not found.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/export.py" line="122"/>
        <source>형식은 {join} 중 하나입니다.</source>
        <translation>The format is one of {join}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/export.py" line="126"/>
        <source>내보낼 직원이 없습니다. 먼저 직원 명부를 가져와 주세요.</source>
        <translation>There are no staff to export. Please import the staff roster first.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/export.py" line="145"/>
        <source>폴더 {folder}이(가) 없습니다. 저장할 폴더를 확인해 주세요.</source>
        <translation>Folder {folder} does not exist. Please check where to save.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/printing.py" line="80"/>
        <source>용지 &apos;{paper}&apos;는 쓸 수 없습니다. A4 또는 A3 중에서 골라 주세요.</source>
        <translation>Paper &apos;{paper}&apos; cannot be used. Please choose A4 or A3.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/printing.py" line="128"/>
        <source>&apos;{department}&apos; 부서와 그 하위 부서에 재직 중인 직원이 없어 명패를 만들 것이 없습니다.</source>
        <translation>No current staff work in &apos;{department}&apos; or its units, so there are no nameplates to make.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/printing.py" line="155"/>
        <source>부서 이름이나 경로를 적어 주세요.</source>
        <translation>Please give a department name or path.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/printing.py" line="169"/>
        <source>&apos;{query}&apos;에 맞는 부서가 여러 곳입니다. 경로로 적어 주세요 (예: &quot;{value}&quot;):
{shown}</source>
        <translation>Several departments match &apos;{query}&apos;. Please give the path (e.g. &quot;{value}&quot;):
{shown}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/printing.py" line="176"/>
        <source>등록된 부서가 없습니다. 직원 명부를 먼저 가져와 주세요.</source>
        <translation>No departments are registered. Please import the staff roster first.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/printing.py" line="180"/>
        <source>&apos;{query}&apos; 부서를 찾을 수 없습니다. 등록된 부서:
{shown}</source>
        <translation>Department &apos;{query}&apos; was not found. Registered departments:
{shown}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/roster.py" line="64"/>
        <source>기관 정보가 없습니다. 먼저 직원 명부를 가져와 주세요.</source>
        <translation>There is no agency information. Please import the staff roster first.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/roster.py" line="105"/>
        <source>{name} 님은 비활성 직원이라 부서장으로 지정할 수 없습니다.</source>
        <translation>{name} is an inactive staff member and cannot be made head.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/roster.py" line="136"/>
        <source>사번 {value}은(는) 이미 {name} 님의 사번입니다.</source>
        <translation>Employee number {value} already belongs to {name}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/roster.py" line="160"/>
        <source>지금 작업 중인 직원 자신을 비활성으로 바꿀 수는 없습니다.</source>
        <translation>You cannot make yourself inactive.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/roster.py" line="236"/>
        <source>내선번호 &apos;{extension}&apos;에는 숫자와 &apos;-&apos;만 쓸 수 있습니다.</source>
        <translation>The extension &apos;{extension}&apos; can only contain digits and &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/roster.py" line="242"/>
        <source>&apos;{email}&apos;은(는) 이메일 주소가 아닙니다 (예: hong@korea.kr).</source>
        <translation>&apos;{email}&apos; is not an email address (e.g. hong@korea.kr).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/roster.py" line="272"/>
        <source>부서 종류는 {join} 중 하나입니다.</source>
        <translation>The department kind is one of {join}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/roster.py" line="286"/>
        <source>같은 상위 부서 아래에 &apos;{name}&apos;이(가) 이미 있습니다.</source>
        <translation>&apos;{name}&apos; already exists under the same parent department.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/roster.py" line="298"/>
        <source>부서를 자기 자신이나 그 하위 부서 아래로 옮길 수는 없습니다.</source>
        <translation>A department cannot be moved under itself or one of its units.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/roster.py" line="308"/>
        <source>부서(번호 {department_id})를 찾을 수 없습니다.</source>
        <translation>Department no. {department_id} was not found.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/roster_plan.py" line="126"/>
        <source>부서 &apos;{value}&apos;이(가) 여러 곳에 있습니다: {where}. 어느 부서인지 전체 경로로 적어 주세요.</source>
        <translation>Department &apos;{value}&apos; exists in several places: {where}. Please write the full path to say which.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/roster_plan.py" line="141"/>
        <source>대행자 사번 {d}인 직원이 파일에도 데이터베이스에도 없습니다. 사번을 확인해 주세요.</source>
        <translation>No staff member with the deputy&apos;s employee number {d} is in the file or the database. Please check the number.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/roster_plan.py" line="147"/>
        <source>대행자 {d} {name} 님은 비활성(퇴직) 직원입니다. 다른 직원의 사번을 적어 주세요.</source>
        <translation>The deputy {d} {name} is an inactive (departed) staff member. Please give another staff member&apos;s number.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/roster_plan.py" line="169"/>
        <source>기본대행자가 서로를 대신합니다: {chain} ({lines}). {everyone} 자리를 비우는 동안에는 업무가 부서장에게 갑니다.</source>
        <translation>Default deputies stand in for each other: {chain} ({lines}). While {everyone} are away, the work goes to the head.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/service.py" line="116"/>
        <location filename="../../minwon_desk/services/directory/staff.py" line="77"/>
        <source>직원(번호 {staff_id})을 찾을 수 없습니다.</source>
        <translation>Staff member no. {staff_id} was not found.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/service.py" line="122"/>
        <source>사번 {employee_no}인 직원을 찾을 수 없습니다.</source>
        <translation>No staff member with employee number {employee_no} was found.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/service.py" line="170"/>
        <source>퇴직·전출</source>
        <translation>Left or transferred</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/service.py" line="172"/>
        <source>{kind} 중</source>
        <translation>Away: {kind}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/service.py" line="177"/>
        <source>{status} → 안내데스크에서 응대</source>
        <translation>{status} → the front desk takes messages</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/service.py" line="180"/>
        <source>내선 {extension}</source>
        <translation>ext. {extension}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/service.py" line="184"/>
        <source>{status} → 업무대행 {who}</source>
        <translation>{status} → deputy {who}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/service.py" line="186"/>
        <source>{status} → 부서장 {who}</source>
        <translation>{status} → head of department {who}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/service.py" line="213"/>
        <source>{when}까지</source>
        <translation>until {when}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/staff.py" line="67"/>
        <source>직원번호 {no}인 직원을 찾을 수 없습니다.</source>
        <translation>No staff member with number {no} was found.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/staff.py" line="85"/>
        <source>자기 자신을 업무대행자로 지정할 수는 없습니다.</source>
        <translation>A staff member cannot be their own deputy.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/staff.py" line="92"/>
        <source>{name} 님은 비활성 직원이라 업무대행자로 지정할 수 없습니다.</source>
        <translation>{name} is an inactive staff member and cannot be a deputy.</translation>
    </message>
</context>
<context>
    <name>DueCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/due.py" line="19"/>
        <source>처리기한 계산</source>
        <translation>Compute a deadline</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/due.py" line="20"/>
        <source>접수 시각과 처리기간으로 처리기한을 계산해 ISO 8601 한 줄로 출력합니다.</source>
        <translation>Computes the deadline from the time received and the processing period, and prints it as one ISO 8601 line.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/due.py" line="26"/>
        <source>접수 시각, 예: 2026-07-02T15:00+09:00 (오프셋이 없으면 서울 시각)</source>
        <translation>Time received, e.g. 2026-07-02T15:00+09:00 (Seoul time without an offset)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/due.py" line="31"/>
        <source>Nm(분, 벽시계), Nh(근무시간), Nd(일, 법의 계산법), immediate(즉시) 또는 이행표준의 시계 이름(예: callback)</source>
        <translation>Nm (minutes, wall clock), Nh (working hours), Nd (days, counted as the law counts them), immediate, or the name of a clock in the charter (e.g. callback)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/due.py" line="37"/>
        <source>추가 휴일 (여러 번 쓸 수 있음)</source>
        <translation>An extra holiday (may be given several times)</translation>
    </message>
</context>
<context>
    <name>FileSize</name>
    <message>
        <location filename="../../minwon_desk/domain/filesize.py" line="31"/>
        <source>{size:,} 바이트</source>
        <translation>{size:,} bytes</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/filesize.py" line="40"/>
        <source>일반 파일이 아닙니다(장치나 파이프 같은 특수 파일은 읽지 않습니다)</source>
        <translation>not a regular file (special files such as devices or pipes are not read)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/filesize.py" line="53"/>
        <source>파일이 너무 큽니다 ({size}, 최대 {limit})</source>
        <translation>the file is too large ({size}, at most {limit})</translation>
    </message>
</context>
<context>
    <name>FloorRules</name>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="21"/>
        <source>회의실</source>
        <translation>Meeting room</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="22"/>
        <source>출입구</source>
        <translation>Entrance</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="23"/>
        <source>벽·수납장</source>
        <translation>Wall or cabinet</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="79"/>
        <source>공간</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="83"/>
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="84"/>
        <source>좌석 이름</source>
        <translation>Seat name</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="85"/>
        <source>건물</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="86"/>
        <source>층</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="95"/>
        <source>{limit}자 이내로 입력해 주세요 (지금 {count}자).</source>
        <translation>Please enter at most {limit} characters (now {count}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="123"/>
        <source>가로 칸 수는 {low}에서 {high} 사이로 입력해 주세요.</source>
        <translation>Please enter a width between {low} and {high} cells.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="124"/>
        <source>세로 칸 수는 {low}에서 {high} 사이로 입력해 주세요.</source>
        <translation>Please enter a height between {low} and {high} cells.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="133"/>
        <source>공간 종류는 {names} 가운데 하나여야 합니다.</source>
        <translation>The kind of space must be one of: {names}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="141"/>
        <source>{what}의 가로·세로는 1칸 이상이어야 합니다.</source>
        <translation>{what}: width and height must be at least 1 cell.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="145"/>
        <source>{what}이(가) 배치도 밖으로 나갑니다. 가로 {cols}칸 × 세로 {rows}칸 안에 놓아 주세요.</source>
        <translation>{what} goes outside the floor plan. Please place it within {cols} × {rows} cells.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="154"/>
        <source>책상은 가로·세로 {n}칸 이하로 만들어 주세요.</source>
        <translation>A desk can be at most {n} cells wide and high.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="157"/>
        <source>책상</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="162"/>
        <source>다른 책상({name})과 겹칩니다. 빈 칸으로 옮겨 주세요.</source>
        <translation>It overlaps another desk ({name}). Please move it to free cells.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="166"/>
        <source>{kind}({name}) 자리에는 책상을 놓을 수 없습니다. 다른 칸으로 옮겨 주세요.</source>
        <translation>A desk cannot go here: {kind} ({name}). Please move it to other cells.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="183"/>
        <source>책상({name})이 있는 곳에는 {kind}을(를) 놓을 수 없습니다. 책상을 먼저 옮기거나 다른 칸에 놓아 주세요.</source>
        <translation>{kind} cannot go where a desk ({name}) stands. Move the desk first or place it on other cells.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/floor_rules.py" line="189"/>
        <source>다른 공간({name})과 겹칩니다. 빈 칸으로 옮겨 주세요.</source>
        <translation>It overlaps another space ({name}). Please move it to free cells.</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <location filename="../../minwon_desk/domain/inspection.py" line="76"/>
        <source>자료 없음</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/inspection.py" line="82"/>
        <source>방문객 경청 시작</source>
        <translation>Visitor greeting</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/inspection.py" line="83"/>
        <source>답신전화</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/inspection.py" line="84"/>
        <source>처리기간 내 답변</source>
        <translation>Answered in time</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/inspection.py" line="85"/>
        <source>연장 사전 통지</source>
        <translation>Extension notified first</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/inspection.py" line="124"/>
        <source>월 &apos;{raw}&apos;의 연도는 {years} 적을 수 있습니다.</source>
        <translation>The year of the month &apos;{raw}&apos; must be {years}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/inspection.py" line="128"/>
        <source>월 &apos;{raw}&apos;을(를) 알아볼 수 없습니다. 2026-10처럼 연도-월로 적어 주세요.</source>
        <translation>Cannot read the month &apos;{raw}&apos;. Please write it as year-month, like 2026-10.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/inspection.py" line="42"/>
        <source>담당자 미지정</source>
        <translation>No officer assigned</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/inspection.py" line="43"/>
        <source>부서 미지정</source>
        <translation>No department assigned</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/inspection.py" line="45"/>
        <source>처리기간 이내 답변</source>
        <translation>Answer within the processing period</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/inspection.py" line="46"/>
        <source>기한 전 연장 통지</source>
        <translation>Extension notified before the deadline</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/inspection.py" line="133"/>
        <source>정한 시간 없음</source>
        <translation>No time set</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/inspection.py" line="137"/>
        <source>{period} 이내</source>
        <translation>within {period}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/inspection.py" line="159"/>
        <source>{year}년 {month}월은 없는 달입니다. 1월부터 12월 사이로 골라 주세요.</source>
        <translation>{year}-{month} is not a real month. Please choose a month from 1 to 12.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/inspection.py" line="168"/>
        <source>{first}은(는) 아직 시작하지 않아 점검할 기록이 없습니다. {format_month_ko} 또는 그 전 달을 골라 주세요.</source>
        <translation>{first} has not begun, so there are no records to inspect. Please choose {format_month_ko} or an earlier month.</translation>
    </message>
</context>
<context>
    <name>KeptKind</name>
    <message>
        <location filename="../../minwon_desk/services/queue/outbox.py" line="63"/>
        <source>방문객 접수</source>
        <translation>Visitor check-in</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/queue/outbox.py" line="64"/>
        <source>전화메모</source>
        <translation>Phone memo</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <location filename="../../minwon_desk/services/live.py" line="86"/>
        <source>서버와 연결이 끊겼습니다 — 다시 연결하는 중 ({retry_in:.0f}초 뒤)</source>
        <translation>Disconnected from the server — reconnecting (in {retry_in:.0f} s)</translation>
    </message>
</context>
<context>
    <name>MemoCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="43"/>
        <source>전화메모 받기·목록·보기</source>
        <translation>Take, list and show phone memos</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="46"/>
        <source>전화메모 받기 (담당자가 없으면 업무대행자에게)</source>
        <translation>Take a phone memo (to the deputy when the officer is away)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="50"/>
        <source>메모를 저장하고 한 줄을 탭으로 나눠 출력합니다: 메모 번호, 받은 사람의 사번, 성명, 답신 기한(ISO 8601, +09:00). 담당자가 그 시각에 자리에 없으면 업무대행자에게 가고, 그 까닭은 표준 오류로 알려 줍니다.</source>
        <translation>Saves the memo and prints one tab-separated line: memo number, employee number and name of whoever holds it, callback deadline (ISO 8601, +09:00). When the officer is away at that moment it goes to the deputy, and why is said on standard error.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="57"/>
        <source>전화하신 분의 이름</source>
        <translation>The caller&apos;s name</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="61"/>
        <source>회신할 전화번호</source>
        <translation>Number to call back</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="62"/>
        <location filename="../../minwon_desk/cli/memo_show.py" line="95"/>
        <source>요지</source>
        <translation>Gist</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="64"/>
        <source>찾는 담당자의 사번</source>
        <translation>Employee number of the officer asked for</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="65"/>
        <source>소속 (회사·기관)</source>
        <translation>Organisation (company or agency)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="67"/>
        <source>원하는 회신·알림 방법: phone(전화, 기본), email, sms, none(전달만, 회신 없음). email·sms는 메모를 전달했다는 알림과 답변을 보냅니다</source>
        <translation>How the caller wants to hear: phone (the default), email, sms, none (passed on only, no callback). With email or sms the caller is told the memo was passed on, and gets the answer</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="73"/>
        <source>--notify와 같습니다</source>
        <translation>The same as --notify</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="75"/>
        <source>--notify email일 때 받을 이메일 주소</source>
        <translation>The e-mail address for --notify email</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="77"/>
        <source>--notify sms일 때 문자 받을 휴대전화 번호 (비우면 --phone)</source>
        <translation>The mobile number for --notify sms (default: --phone)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="80"/>
        <source>회신 주소: 이메일 주소, 또는 다른 번호로 회신받을 때 그 번호</source>
        <translation>Where to reply: an email address, or another number to call back</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="85"/>
        <source>1년보다 오래된 --at을 기록하는 까닭 (감사 기록에 남습니다)</source>
        <translation>Why an --at more than a year ago is recorded (kept in the audit trail)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="90"/>
        <source>전화를 받은 시각 (기본: 지금; 오프셋이 없으면 서울 시각)</source>
        <translation>When the call was taken (default: now; Seoul time without an offset)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="96"/>
        <source>전화메모 목록</source>
        <translation>List phone memos</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="97"/>
        <source>한 줄에 메모 하나를 탭으로 나눠 출력합니다: 메모 번호, 가진 사람의 사번, 전화하신 분(가림), 답신 기한, 상태(open 또는 closed). 처리 중인 목록은 기한이 지난 것부터, 전체 목록은 최근 것부터 나옵니다.</source>
        <translation>Prints one memo per line, tab-separated: memo number, holder&apos;s employee number, caller (masked), callback deadline, state (open or closed). Open memos come overdue first; the full list newest first.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="105"/>
        <source>이 직원이 가진 메모만 (업무대행으로 가진 것 포함)</source>
        <translation>Only the memos this staff member holds (as deputy too)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="109"/>
        <source>처리 중인 메모만</source>
        <translation>Only open memos</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo.py" line="114"/>
        <source>이 시각에 답신 기한이 지난 처리 중 메모만</source>
        <translation>Only open memos whose callback deadline has passed at this time</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="30"/>
        <source>전화메모 한 건 보기 (이력·알림 포함)</source>
        <translation>Show one phone memo (with its history and messages)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="31"/>
        <source>전화메모 한 건과 처리 이력, 전화하신 분께 보낸 알림과 그 상태를 출력합니다. 전화하신 분은 목록처럼 가리고 요지·메모는 빼며, --whole이면 모두 보여 주고 접속기록에 남깁니다.</source>
        <translation>Prints one phone memo, its history, and the messages to the caller with their states. The caller is masked as in the list and the gist and notes are left out; --whole shows everything and writes it to the access log.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="38"/>
        <location filename="../../minwon_desk/cli/memo_show.py" line="78"/>
        <source>메모 번호</source>
        <translation>Memo no.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="39"/>
        <source>전화하신 분의 이름·번호·회신 주소와 요지·메모를 가리지 않고 출력 (접속기록에 남음)</source>
        <translation>Print the caller&apos;s name, number and reply address, the gist and the notes unmasked (written to the access log)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="69"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="79"/>
        <source>받은 시각</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="80"/>
        <source>전화하신 분</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="82"/>
        <source>전화번호</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="83"/>
        <source>회신 방법</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="85"/>
        <source>찾은 직원</source>
        <translation>Asked for</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="86"/>
        <source>맡은 사람</source>
        <translation>Held by</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="87"/>
        <source>답신 기한</source>
        <translation>Callback due</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="88"/>
        <source>상태</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="89"/>
        <source>답신 시도</source>
        <translation>Callback attempts</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="93"/>
        <source>끝남</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="98"/>
        <source>처리 이력:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="102"/>
        <source>전화하신 분께 보낸 알림:</source>
        <translation>Messages to the caller:</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="116"/>
        <source>접수</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="125"/>
        <source>전달 {source} → {target}</source>
        <translation>Passed on {source} → {target}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="127"/>
        <source>대신 받음 {source} → {target}</source>
        <translation>Taken for {source} → {target}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="129"/>
        <source>담당자에게 돌려줌 {source} → {target}</source>
        <translation>Returned to the officer {source} → {target}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/memo_show.py" line="131"/>
        <source>종결</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>Memos</name>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="37"/>
        <source>전화</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="38"/>
        <source>이메일</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="39"/>
        <source>문자</source>
        <translation>text message</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="40"/>
        <source>알리지 않음</source>
        <translation>No notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="75"/>
        <source>통화함</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="76"/>
        <source>받지 않음</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="77"/>
        <source>메시지 남김</source>
        <translation>left a message</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="78"/>
        <source>이메일로 답변</source>
        <translation>answered by email</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="79"/>
        <source>문자로 답변</source>
        <translation>answered by text message</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="112"/>
        <source>전화하신 분의 이름을 적어 주세요.</source>
        <translation>Please write the caller&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="114"/>
        <source>이름은 {max_name}자까지 적을 수 있습니다.</source>
        <translation>The name can be up to {max_name} characters.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="120"/>
        <source>소속은 {max_org}자까지 적을 수 있습니다.</source>
        <translation>The organisation can be up to {max_org} characters.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="126"/>
        <source>요지를 적어 주세요: 무엇이 필요한지 한두 문장이면 됩니다.</source>
        <translation>Please write the gist: one or two sentences on what is needed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="131"/>
        <source>요지는 {max_gist}자까지 적을 수 있습니다 (지금 {count}자).</source>
        <translation>The gist can be up to {max_gist} characters (now {count}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="136"/>
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="136"/>
        <source>소속</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="136"/>
        <source>요지</source>
        <translation>Gist</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="137"/>
        <source>회신 주소</source>
        <translation>Reply address</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="144"/>
        <source>이메일로 답변받기를 원하시면 이메일 주소를 적어 주세요.</source>
        <translation>For an answer by email, please write the email address.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="150"/>
        <source>&apos;{address}&apos;은(는) 이메일 주소가 아닙니다 (예: hong@example.com).</source>
        <translation>&apos;{address}&apos; is not an email address (e.g. hong@example.com).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="164"/>
        <source>회신할 전화번호를 적어 주세요 (또는 이메일로 회신을 고르세요).</source>
        <translation>Please write the number to call back (or choose a reply by email).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="188"/>
        <source>답신 결과 &apos;{outcome}&apos;은(는) 없습니다. 목록에서 골라 주세요.</source>
        <translation>There is no callback outcome &apos;{outcome}&apos;. Please choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="203"/>
        <source>이 분은 {wanted}(으)로 답변받기를 원하셨습니다. {other} 답변은 회신으로 치지 않습니다. {wanted}(으)로 답하거나 통화한 뒤 기록해 주세요.</source>
        <translation>This caller asked for an answer by {wanted}. An answer by {other} does not count as the callback. Please answer by {wanted}, or record it after speaking with them.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="217"/>
        <source>{label}을(를) 적어 주세요.</source>
        <translation>Please fill in: {label}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/memos.py" line="219"/>
        <source>{label}은(는) {max_note}자까지 적을 수 있습니다 (지금 {count}자).</source>
        <translation>{label} can be up to {max_note} characters (now {count}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/queries.py" line="139"/>
        <source>전화메모(번호 {memo_id})를 찾을 수 없습니다. 목록을 새로 고쳐 주세요.</source>
        <translation>Phone memo no. {memo_id} was not found. Please refresh the list.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/queries.py" line="201"/>
        <source>상태 &apos;{state}&apos;은(는) 없습니다. open(처리 중) 또는 closed(끝남)를 고르세요.</source>
        <translation>There is no state &apos;{state}&apos;. Choose open or closed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="132"/>
        <source>메모</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="139"/>
        <source>답신 시도를 기록할 수 없습니다</source>
        <translation>no callback attempt can be recorded</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="167"/>
        <source>넘기는 메모</source>
        <translation>Transfer note</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="168"/>
        <source>넘기는 까닭이나 부탁할 내용을 적어 주세요 (요지는 그대로 함께 갑니다).</source>
        <translation>Please say why it is passed on or what is asked (the gist goes along as it is).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="182"/>
        <source>{note} 다른 직원에게 넘겨 주세요.</source>
        <translation>{note} Please pass it to someone else.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="191"/>
        <source>넘길 수 없습니다</source>
        <translation>it cannot be passed on</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="193"/>
        <source>이미 가지고 있는 메모입니다.</source>
        <translation>They already hold this memo.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="194"/>
        <source>{note} 넘겨도 지금 가진 사람에게 그대로 돌아옵니다.</source>
        <translation>{note} Passed on, it would come straight back to its current holder.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="218"/>
        <source>인계 메모</source>
        <translation>Handover note</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="226"/>
        <source>처음부터 특정 담당자 앞으로 받은 메모가 아니라 돌려줄 사람이 없습니다.</source>
        <translation>The memo was not taken for a particular officer, so there is nobody to hand it back to.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="233"/>
        <source>{note} 돌아온 뒤에 돌려주거나, 그동안은 직접 답신해 주세요.</source>
        <translation>{note} Hand it back once they return, or call back yourself meanwhile.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="243"/>
        <source>돌려줄 수 없습니다</source>
        <translation>it cannot be handed back</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="245"/>
        <source>이미 담당자에게 돌아간 메모입니다.</source>
        <translation>The memo is already back with its officer.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="264"/>
        <source>끝내는 까닭</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="265"/>
        <source>끝내는 까닭을 적어 주세요 (예: 민원인이 취소함, 민원으로 접수함).</source>
        <translation>Please give the reason for closing (e.g. the caller withdrew, registered as a case).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="275"/>
        <source>다시 끝낼 수 없습니다</source>
        <translation>it cannot be closed again</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="374"/>
        <source>이미 끝난 메모라{reason} {what}. 다시 연락할 일이면 새 메모로 받아 주세요.</source>
        <translation>The memo is already closed{reason}, so {what}. If there is more to call about, take a new memo.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/service.py" line="378"/>
        <source>이미 {at:%m/%d %H:%M}에 끝난 메모라{reason} {what}. 다시 연락할 일이면 새 메모로 받아 주세요.</source>
        <translation>The memo was closed at {at:%m/%d %H:%M}{reason}, so {what}. If there is more to call about, take a new memo.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/take.py" line="65"/>
        <source>회신 방법 &apos;{channel}&apos;은(는) 없습니다. 전화, 이메일, 문자, 알리지 않음 중에서 고르세요 (phone, email, sms, none).</source>
        <translation>There is no reply method &apos;{channel}&apos;. Choose phone, email, sms or none.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/take.py" line="73"/>
        <source>전화번호</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/take.py" line="85"/>
        <source>{address}은(는) 휴대전화 번호가 아니라 문자를 보낼 수 없습니다. 010으로 시작하는 번호를 적거나 전화 회신을 고르세요.</source>
        <translation>{address} is not a mobile number, so no text message can be sent. Write a number starting with 010, or choose a callback by phone.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/take.py" line="98"/>
        <source>전화를 받은 시각</source>
        <translation>The time the call was taken</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/take.py" line="162"/>
        <source>찾는 직원을 직원 명부에서 찾을 수 없습니다. 담당자를 다시 골라 주세요.</source>
        <translation>The staff member asked for is not in the staff roster. Please choose the officer again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/memos/reading.py" line="35"/>
        <source>전화메모 {number}을(를) 찾을 수 없습니다. 메모 번호를 확인해 주세요.</source>
        <translation>Phone memo {number} was not found. Please check the memo number.</translation>
    </message>
</context>
<context>
    <name>NoticeService</name>
    <message>
        <location filename="../../minwon_desk/services/notices/service.py" line="161"/>
        <source>이미 &apos;{state}&apos; 상태인 알림입니다.</source>
        <translation>This notice is already &apos;{state}&apos;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/notices/service.py" line="381"/>
        <source>보낼 내용이 비어 있습니다.</source>
        <translation>There is nothing to send: the text is empty.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/notices/service.py" line="382"/>
        <source>알림 내용</source>
        <translation>The message</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/notices/service.py" line="383"/>
        <source>제목</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/notices/service.py" line="177"/>
        <source>&apos;{state}&apos; 상태인 알림은 취소할 수 없습니다.</source>
        <translation>A notice that is &apos;{state}&apos; cannot be cancelled.</translation>
    </message>
</context>
<context>
    <name>NoticeStage</name>
    <message>
        <location filename="../../minwon_desk/domain/notice_templates.py" line="113"/>
        <source>접수 안내</source>
        <translation>receipt notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/notice_templates.py" line="114"/>
        <source>처리기간 연장 안내</source>
        <translation>extension notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/notice_templates.py" line="115"/>
        <source>중간 안내</source>
        <translation>interim notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/notice_templates.py" line="116"/>
        <source>회신 안내</source>
        <translation>reply notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/notice_templates.py" line="117"/>
        <source>이송 안내</source>
        <translation>transfer notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/notice_templates.py" line="118"/>
        <source>담당자 안내</source>
        <translation>officer notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/notice_templates.py" line="119"/>
        <source>보완 요청</source>
        <translation>missing material request</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/notice_templates.py" line="120"/>
        <source>현장 방문 안내</source>
        <translation>site visit notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/notice_templates.py" line="121"/>
        <source>메모 전달 안내</source>
        <translation>forwarding notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/notice_templates.py" line="122"/>
        <source>메모 담당자 변경 안내</source>
        <translation>handover notice</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/notice_templates.py" line="123"/>
        <source>메모 답변</source>
        <translation>memo answer</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <location filename="../../minwon_desk/services/notices/outbox.py" line="38"/>
        <source>인쇄해 우편으로 보내거나 전화로 알려 주세요.</source>
        <translation>Print it and send it by post, or tell them by phone.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/notices/outbox.py" line="40"/>
        <source>전화하신 분께 전화로 알려 주세요.</source>
        <translation>Tell the caller by phone.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/notices/outbox.py" line="101"/>
        <source>{channel} {stage}</source>
        <translation>{channel} {stage}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/notices/outbox.py" line="124"/>
        <source>{error} — {when}에 다시 보냅니다.</source>
        <translation>{error} — will try again at {when}.</translation>
    </message>
</context>
<context>
    <name>NotifyChannel</name>
    <message>
        <location filename="../../minwon_desk/domain/notice_templates.py" line="67"/>
        <source>전화</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/notice_templates.py" line="68"/>
        <source>이메일</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/notice_templates.py" line="69"/>
        <source>문자</source>
        <translation>Text message</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/notice_templates.py" line="70"/>
        <source>알리지 않음</source>
        <translation>No notice</translation>
    </message>
</context>
<context>
    <name>OfficeService</name>
    <message>
        <location filename="../../minwon_desk/services/directory/office_rows.py" line="95"/>
        <source>사무실 이름을 입력해 주세요 (예: 민원실).</source>
        <translation>Please enter the office&apos;s name (for example: Service desk).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/offices.py" line="193"/>
        <source>공간 이름을 입력해 주세요 (예: 소회의실, 출입구).</source>
        <translation>Please enter the space&apos;s name (for example: Small meeting room, Entrance).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/offices.py" line="252"/>
        <source>책상 번호를 입력해 주세요 (예: A-01).</source>
        <translation>Please enter the desk number (for example: A-01).</translation>
    </message>
</context>
<context>
    <name>Offices</name>
    <message>
        <location filename="../../minwon_desk/services/directory/office_rows.py" line="75"/>
        <source>직원(번호 {staff_id})을 찾을 수 없습니다.</source>
        <translation>Staff member no. {staff_id} was not found.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/office_rows.py" line="77"/>
        <source>{name} 님은 비활성 직원이라 자리를 배정할 수 없습니다.</source>
        <translation>{name} is an inactive staff member and cannot be given a seat.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/office_rows.py" line="108"/>
        <source>&apos;{name}&apos; 사무실이 이미 있습니다. 다른 이름을 쓰거나 그 사무실을 고쳐 주세요.</source>
        <translation>Office &apos;{name}&apos; already exists. Use another name or edit that office.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/office_rows.py" line="117"/>
        <source>고른 부서를 찾을 수 없습니다. 목록에서 다시 골라 주세요.</source>
        <translation>The chosen department was not found. Please choose again from the list.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/office_rows.py" line="129"/>
        <source>이 사무실에 이미 &apos;{label}&apos; 책상이 있습니다. 다른 번호를 써 주세요.</source>
        <translation>This office already has a desk &apos;{label}&apos;. Please use another number.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/offices.py" line="73"/>
        <source>여러 사무실 이름에 &apos;{query}&apos; 글자가 들어 있습니다: {listed}. 이름을 더 정확히 입력해 주세요.</source>
        <translation>Several office names contain &apos;{query}&apos;: {listed}. Please enter the name more precisely.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/offices.py" line="83"/>
        <source>등록된 사무실이 없습니다. 사무실을 먼저 추가해 주세요.</source>
        <translation>No offices are registered. Please add an office first.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/offices.py" line="88"/>
        <source>&apos;{query}&apos; 사무실을 찾을 수 없습니다. 등록된 사무실: {join}</source>
        <translation>Office &apos;{query}&apos; was not found. Registered offices: {join}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/offices.py" line="166"/>
        <source>책상이나 공간이 가로 {need_cols}번째 칸까지 놓여 있어 {cols}칸으로 줄일 수 없습니다. 먼저 옮기거나 지운 뒤 줄여 주세요.</source>
        <translation>Desks or spaces reach column {need_cols}, so the plan cannot shrink to {cols} columns. Move or delete them first.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/offices.py" line="175"/>
        <source>책상이나 공간이 세로 {need_rows}번째 칸까지 놓여 있어 {rows}칸으로 줄일 수 없습니다. 먼저 옮기거나 지운 뒤 줄여 주세요.</source>
        <translation>Desks or spaces reach row {need_rows}, so the plan cannot shrink to {rows} rows. Move or delete them first.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/directory/offices.py" line="323"/>
        <source>{label} 책상에는 {who}이 앉아 있습니다. 먼저 자리를 비운 뒤 지워 주세요.</source>
        <translation>{who} sits at desk {label}. Please free the seat before deleting it.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="54"/>
        <source>방문객 접수</source>
        <translation>check in visitors</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="55"/>
        <source>방문객 응대·퇴실 기록</source>
        <translation>attend visitors and record check-outs</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="56"/>
        <source>퇴실 미기록 확인·정정</source>
        <translation>review and correct unrecorded check-outs</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="57"/>
        <source>전화메모 접수</source>
        <translation>take phone memos</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="58"/>
        <source>메모 처리(연락·전달·종결)</source>
        <translation>work memos (call back, pass on, close)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="59"/>
        <source>메모 담당자 변경</source>
        <translation>reassign memos</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="60"/>
        <source>민원 접수·접수증 발급</source>
        <translation>register cases and issue receipts</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="61"/>
        <source>민원 처리(진행·보류·연장·중간통지·회신)</source>
        <translation>work cases (progress, hold, extend, interim notice, answer)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="62"/>
        <source>민원 담당자 지정·변경</source>
        <translation>assign and reassign cases</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="63"/>
        <source>다른 기관으로 민원 이송</source>
        <translation>transfer cases to another agency</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="64"/>
        <source>민원 기록 열람</source>
        <translation>read case records</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="65"/>
        <source>직원 안내 조회</source>
        <translation>look up the staff directory</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="66"/>
        <source>처리기한 계산</source>
        <translation>compute deadlines</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="67"/>
        <source>직원 명부 관리</source>
        <translation>manage the staff roster</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="68"/>
        <source>부재 등록</source>
        <translation>record absences</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="69"/>
        <source>사무실 배치 관리</source>
        <translation>manage office layouts</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="70"/>
        <source>근무일 달력 관리</source>
        <translation>manage the working-day calendar</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="71"/>
        <source>민원 처리 기준 관리</source>
        <translation>manage the service charter</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="72"/>
        <source>설정 변경</source>
        <translation>change settings</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="73"/>
        <source>보상 내역 열람</source>
        <translation>read compensation records</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="74"/>
        <source>보상 결정</source>
        <translation>decide compensation</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="75"/>
        <source>보상 상품권 인쇄</source>
        <translation>print compensation vouchers</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="76"/>
        <source>시정조치 열람</source>
        <translation>read corrective actions</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="77"/>
        <source>시정조치 기록</source>
        <translation>record corrective actions</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="78"/>
        <source>자체점검</source>
        <translation>run the self-inspection</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="79"/>
        <source>만족도 조사 문항 관리</source>
        <translation>manage satisfaction survey questions</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="80"/>
        <source>만족도 조사 응답 입력</source>
        <translation>enter satisfaction survey responses</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="81"/>
        <source>통계·보고서</source>
        <translation>see statistics and reports</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="82"/>
        <source>감사 기록 열람</source>
        <translation>read the audit trail</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="83"/>
        <source>감사·접속기록 위변조 검사</source>
        <translation>check the audit trail and access log for tampering</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="84"/>
        <source>접속기록 점검</source>
        <translation>review the access log</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="85"/>
        <source>계정·권한 관리</source>
        <translation>manage accounts and roles</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="86"/>
        <source>보존기간 경과 기록 파기</source>
        <translation>destroy records past their retention period</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="87"/>
        <source>백업·복원</source>
        <translation>back up and restore</translation>
    </message>
</context>
<context>
    <name>OrgPath</name>
    <message>
        <location filename="../../minwon_desk/domain/orgpath.py" line="45"/>
        <source>부서가 비어 있습니다. &apos;본부 &gt; 기획조정실 &gt; 혁신행정담당관&apos;처럼 적어 주세요.</source>
        <translation>The department is empty. Please write it like &apos;본부 &gt; 기획조정실 &gt; 혁신행정담당관&apos;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/orgpath.py" line="52"/>
        <source>부서 &apos;{text}&apos;에 빈 단계가 있습니다. &apos;&gt;&apos; 사이마다 부서 이름을 적어 주세요.</source>
        <translation>The department &apos;{text}&apos; has an empty level. Please write a department name between each &apos;&gt;&apos;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/orgpath.py" line="59"/>
        <source>부서 이름은 {max_segment}자 이내로 적어 주세요 (&apos;{value}…&apos;).</source>
        <translation>A department name can be up to {max_segment} characters (&apos;{value}…&apos;).</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../minwon_desk/services/queue/outbox.py" line="125"/>
        <source>이 PC의 보관함({path})을 열 수 없습니다: {exc}. 데이터 폴더의 쓰기 권한을 확인해 주세요.</source>
        <translation>This PC&apos;s outbox ({path}) cannot be opened: {exc}. Please check write permission on the data folder.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/queue/outbox.py" line="222"/>
        <source>이 PC의 보관함을 읽지 못했습니다: {exc}</source>
        <translation>Could not read this PC&apos;s outbox: {exc}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/queue/outbox.py" line="236"/>
        <source>이 PC의 보관함에 쓰지 못했습니다: {exc}. 입력한 내용은 그대로 있습니다.</source>
        <translation>Could not write to this PC&apos;s outbox: {exc}. What was entered is still there.</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/outbox.py" line="33"/>
        <source>민원인 알림(이메일·문자) 보기·보내기</source>
        <translation>See and send notices to petitioners (email, text message)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/outbox.py" line="37"/>
        <source>알림 목록</source>
        <translation>List the notices</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/outbox.py" line="38"/>
        <source>한 줄에 알림 하나를 탭으로 나눠 출력합니다: 번호, 접수번호, 단계, 방법, 상태, 시도 횟수, 받는 곳(가림), 다음 시도 시각, 서버의 답과 할 일.</source>
        <translation>Prints one notice per line, tab-separated: number, case number, stage, channel, state, attempts, recipient (masked), next attempt, the server&apos;s answer and what to do.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/outbox.py" line="42"/>
        <source>waiting(보낼 예정·확인 대기), sent, failed, sending, cancelled 중 하나</source>
        <translation>One of waiting (to be sent, or awaiting confirmation), sent, failed, sending, cancelled</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/outbox.py" line="45"/>
        <source>보낼 알림을 지금 보냅니다</source>
        <translation>Send the notices that are due now</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/outbox.py" line="46"/>
        <source>기다리는 알림 가운데 보낼 때가 된 것을 보냅니다. 실패한 것은 다시 시도할 때를 정하거나(1분, 5분, 30분 뒤), 끝내 실패로 남깁니다.</source>
        <translation>Sends the waiting notices whose time has come. A failed one is set to be tried again (after 1, 5 or 30 minutes), or finally left as failed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/outbox.py" line="68"/>
        <source>보냄 {sent}건, 다시 시도할 것 {retrying}건, 실패 {failed}건</source>
        <translation>Sent {sent}, to retry {retrying}, failed {failed}</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <location filename="../../minwon_desk/services/notices/outbox.py" line="62"/>
        <source>확인 대기</source>
        <translation>awaiting review</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/notices/outbox.py" line="63"/>
        <source>보낼 예정</source>
        <translation>to be sent</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/notices/outbox.py" line="64"/>
        <source>보내는 중</source>
        <translation>sending</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/notices/outbox.py" line="65"/>
        <source>보냄</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/notices/outbox.py" line="66"/>
        <source>실패</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/notices/outbox.py" line="67"/>
        <source>보내지 않음</source>
        <translation>not sent</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="238"/>
        <source>비밀번호를 입력해 주세요.</source>
        <translation>Please enter the password.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="241"/>
        <source>비밀번호의 처음과 끝에는 공백을 쓸 수 없고, 줄바꿈과 탭도 쓸 수 없습니다.</source>
        <translation>A password cannot begin or end with a space, and cannot contain line breaks or tabs.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="254"/>
        <source>비밀번호가 {count}자로 짧습니다. 두 종류 이상의 문자를 섞으면 {MIN_MIXED}자 이상이어야 합니다.</source>
        <translation>The password is too short ({count} characters). Mixing two or more kinds of characters, it must have at least {MIN_MIXED}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="262"/>
        <source>비밀번호가 {count}자이고 한 종류의 문자만 썼습니다. 영문자·숫자·특수문자·한글 중 두 종류 이상을 섞어 {MIN_MIXED}자 이상으로 하거나, {MIN_SINGLE}자 이상으로 해 주세요.</source>
        <translation>The password has {count} characters of only one kind. Please mix at least two kinds (Latin letters, digits, symbols, Hangul) in {MIN_MIXED} or more characters, or use {MIN_SINGLE} or more.</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../../minwon_desk/domain/periods.py" line="41"/>
        <source>3m(분, 벽시계), 3h(근무시간), 3d(일), immediate 또는 즉시(근무시간 3시간)</source>
        <translation>3m (minutes, wall clock), 3h (working hours), 3d (days) or immediate (3 working hours)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/periods.py" line="61"/>
        <source>기간 종류 {kind!r}은(는) 쓸 수 없습니다. 쓸 수 있는 형식: {accepted}.</source>
        <translation>The period kind {kind!r} cannot be used. Accepted forms: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/periods.py" line="69"/>
        <source>&apos;즉시&apos;는 근무시간 {immediate_hours}시간으로 고정입니다 (받은 값: {amount}).</source>
        <translation>&apos;immediate&apos; is fixed at {immediate_hours} working hours (given: {amount}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/periods.py" line="77"/>
        <source>기간의 수 {amount!r}은(는) 쓸 수 없습니다. 1부터 {max_amount}까지의 정수만 됩니다.</source>
        <translation>The period&apos;s number {amount!r} cannot be used. Only whole numbers from 1 to {max_amount}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/periods.py" line="89"/>
        <source>기간은 글자로 적어야 합니다 (받은 값: {spec!r}). 쓸 수 있는 형식: {accepted}.</source>
        <translation>A period must be written as text (given: {spec!r}). Accepted forms: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/periods.py" line="100"/>
        <source>기간 &apos;{spec}&apos;을(를) 읽을 수 없습니다. 쓸 수 있는 형식: {accepted}.</source>
        <translation>Cannot read the period &apos;{spec}&apos;. Accepted forms: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/periods.py" line="108"/>
        <source>기간 &apos;{spec}&apos;의 수 {amount}은(는) 쓸 수 없습니다. 수는 1부터 {max_amount}까지이고, 쓸 수 있는 형식은 {accepted}입니다.</source>
        <translation>The number {amount} in the period &apos;{spec}&apos; cannot be used. Numbers go from 1 to {max_amount}; accepted forms: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/periods.py" line="161"/>
        <source>즉시</source>
        <translation>immediate</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/periods.py" line="163"/>
        <source>{amount}분</source>
        <translation>{amount} min</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/periods.py" line="165"/>
        <source>{amount}시간</source>
        <translation>{amount} h</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/periods.py" line="166"/>
        <source>{amount}일</source>
        <translation>{amount} days</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/periods.py" line="170"/>
        <source>벽시계 기준 {amount}분 (근무시간·휴일과 관계없이)</source>
        <translation>{amount} minutes by the wall clock (regardless of working hours and holidays)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/periods.py" line="174"/>
        <source>근무시간으로 계산: {amount}시간, 점심시간·토·일·공휴일 제외</source>
        <translation>Counted in working hours: {amount} h, excluding lunch, weekends and public holidays</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/periods.py" line="178"/>
        <source>즉시 = 근무시간 {hours}시간, 점심시간·토·일·공휴일 제외</source>
        <translation>Immediate = {hours} working hours, excluding lunch, weekends and public holidays</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/periods.py" line="182"/>
        <source>근무시간으로 계산: {hours}시간(1일 = {per_day}시간), 토·일·공휴일 제외</source>
        <translation>Counted in working hours: {hours} h (1 day = {per_day} h), excluding weekends and public holidays</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/periods.py" line="187"/>
        <source>근무일로 계산: 접수일 포함 {amount}일째 {end:%H:%M}, 토·일·공휴일 제외</source>
        <translation>Counted in working days: {end:%H:%M} on working day {amount}, the day of receipt being day 1, excluding weekends and public holidays</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../../minwon_desk/services/photos.py" line="35"/>
        <source>JPEG나 PNG 파일로 저장해서 다시 올려 주세요.</source>
        <translation>Please save it as a JPEG or PNG file and upload it again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/photos.py" line="46"/>
        <source>사진 파일이 너무 큽니다({size:.1f} MB). {limit} MB 이하로 줄여서 다시 올려 주세요.</source>
        <translation>The photo file is too large ({size:.1f} MB). Please reduce it to {limit} MB or less and upload it again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/photos.py" line="58"/>
        <source>이 사진의 색 형식은 쓸 수 없습니다. 일반 컬러 사진으로 {save_as}</source>
        <translation>This photo&apos;s colour format cannot be used. As an ordinary colour photo: {save_as}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/photos.py" line="87"/>
        <source>사진 파일을 읽을 수 없습니다. 파일이 손상되었거나 끝까지 저장되지 않았습니다. 원본 사진을 다시 저장해서 올려 주세요.</source>
        <translation>The photo file cannot be read: it is damaged or was not saved completely. Please save the original again and upload it.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/photos.py" line="103"/>
        <source>사진이 너무 작습니다({width}×{height} 픽셀). 얼굴을 알아볼 수 있도록 가로·세로 {photo_min_side}픽셀 이상인 사진을 올려 주세요.</source>
        <translation>The photo is too small ({width}×{height} pixels). Please upload one at least {photo_min_side} pixels wide and high, so the face can be recognised.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/photos.py" line="113"/>
        <source>움직이는 그림은 사진으로 쓸 수 없습니다. 한 장짜리 사진을 {save_as}</source>
        <translation>An animated picture cannot be used as a photo. Take a single still: {save_as}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/photos.py" line="120"/>
        <source>사진의 해상도가 너무 큽니다(최대 {megapixels}백만 화소). 크기를 줄여서 다시 올려 주세요.</source>
        <translation>The photo&apos;s resolution is too high (at most {megapixels} megapixels). Please reduce it and upload it again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/photos.py" line="131"/>
        <source>HEIC 형식의 사진은 읽을 수 없습니다. 휴대전화에서 {save_as}</source>
        <translation>HEIC photos cannot be read. On the phone: {save_as}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/photos.py" line="133"/>
        <source>SVG 그림은 사진으로 쓸 수 없습니다. {save_as}</source>
        <translation>An SVG drawing cannot be used as a photo. {save_as}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/photos.py" line="135"/>
        <source>PDF 파일은 사진으로 쓸 수 없습니다. 사진만 {save_as}</source>
        <translation>A PDF file cannot be used as a photo. Only the photo: {save_as}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/photos.py" line="136"/>
        <source>사진 파일을 읽을 수 없습니다. 그림 파일이 아니거나 지원하지 않는 형식입니다. {save_as}</source>
        <translation>The photo file cannot be read: it is not a picture or its format is not supported. {save_as}</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <location filename="../../minwon_desk/domain/plaintext.py" line="46"/>
        <source>보이지 않는 제어 문자</source>
        <translation>invisible control characters</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/plaintext.py" line="46"/>
        <source>줄바꿈이나 보이지 않는 제어 문자</source>
        <translation>line breaks or invisible control characters</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/plaintext.py" line="50"/>
        <source>{label}에 {what}가 있습니다. 지우고 글자만 다시 입력해 주세요.</source>
        <translation>{label} contains {what}. Please delete them and type just the text again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/plaintext.py" line="57"/>
        <source>{label}은(는) {max_length:,}자까지 적을 수 있습니다 (지금 {count:,}자). 줄여 주세요.</source>
        <translation>{label} can be up to {max_length:,} characters (now {count:,}). Please shorten it.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/plaintext.py" line="72"/>
        <source>창구 이름</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/plaintext.py" line="74"/>
        <source>창구 이름이 비어 있습니다. --desk나 설정의 desk_name에 적어 주세요.</source>
        <translation>The desk name is empty. Please give it with --desk or the desk_name setting.</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/printing.py" line="23"/>
        <source>사무실 입구용 좌석배치도</source>
        <translation>Seating chart for an office entrance</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/printing.py" line="27"/>
        <source>사무실 이름 (또는 번호)</source>
        <translation>Office name (or number)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/printing.py" line="31"/>
        <source>용지 (가로)</source>
        <translation>Paper (landscape)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/printing.py" line="37"/>
        <source>부서 직원의 명패</source>
        <translation>Nameplates of a department&apos;s staff</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/printing.py" line="41"/>
        <source>부서 이름 또는 경로</source>
        <translation>Department name or path</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/printing.py" line="57"/>
        <source>좌석배치도를 만들었습니다: {output} ({name}, {paper} 가로, 좌석 {count}석에 {shown}명).</source>
        <translation>Made the seating chart: {output} ({name}, {paper} landscape, {shown} people in {count} seats).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/printing.py" line="73"/>
        <source>명패를 만들었습니다: {output} ({count}명, A4 {pages}쪽, 한 쪽에 2장).</source>
        <translation>Made the nameplates: {output} ({count} people, {pages} A4 pages, 2 per page).</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../minwon_desk/domain/privacy.py" line="62"/>
        <source>{label}에 주민등록번호로 보이는 숫자가 있습니다. 주민등록번호는 저장하지 않습니다. 지우고 다시 입력해 주세요.</source>
        <translation>{label} contains what looks like a resident registration number. Those numbers are never stored. Please delete it and enter the text again.</translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="31"/>
        <source>보존기간이 지난 기록의 개인정보 파기·파기 대장</source>
        <translation>Destroy personal data of records past their retention period; the destruction ledger</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="32"/>
        <source>보존기간(이행표준 파일의 [retention])이 지난 방문 기록·전화메모·민원·만족도 조사지·보상 상품권 기록의 성명·연락처·주소·내용 등 개인정보를 복구할 수 없게 지우고 파기 대장에 남깁니다. 건수와 시각은 남아 통계는 그대로입니다. 개인정보 관리 또는 관리자 권한이 필요합니다.</source>
        <translation>Erases beyond recovery the personal data (names, contacts, addresses, contents and the like) of visit records, phone memos, cases, satisfaction surveys and compensation voucher records past their retention period (the [retention] of the service standard file), and enters it in the destruction ledger. Counts and times remain, so statistics stay as they were. Needs the privacy or administrator role.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="38"/>
        <source>파기하지 않고 대상만 보여 줍니다 (종류별 건수와 가장 오래된 날)</source>
        <translation>Show what would be destroyed without destroying it (counts by kind and the oldest day)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="39"/>
        <source>확인을 묻지 않고 파기합니다</source>
        <translation>Destroy without asking for confirmation</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="42"/>
        <source>파기 대장 (PDF)</source>
        <translation>The destruction ledger (PDF)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="43"/>
        <source>지금까지의 파기 기록을 A4 가로 PDF로 만듭니다.</source>
        <translation>Makes the destruction records so far into a landscape A4 PDF.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="51"/>
        <source>, 가장 오래된 것 {day}</source>
        <translation>, oldest {day}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="52"/>
        <source> — 이름·번호가 없는 기록이라 보관합니다</source>
        <translation> — kept: these records hold no names or numbers</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="53"/>
        <source>  {kind}: {n}건{oldest} (보존 {period}, {cutoff} 이전{kept}) — 근거: {basis}</source>
        <translation>  {kind}: {n}{oldest} (kept for {period}, before {cutoff}{kept}) — basis: {basis}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="55"/>
        <source>{years}년</source>
        <translation>{years} yr</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="67"/>
        <source>보존기간이 지난 기록:</source>
        <translation>Records past their retention period:</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="70"/>
        <source>파기할 기록 모두 {n}건. 파기하려면 --dry-run 없이 실행합니다.</source>
        <translation>{n} records to destroy in all. To destroy them, run without --dry-run.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="77"/>
        <source>파기할 기록이 없습니다.</source>
        <translation>There are no records to destroy.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="79"/>
        <source>{kind} {n}건</source>
        <translation>{kind} {n}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="80"/>
        <source>없음</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="81"/>
        <source> (멈췄던 파기를 마저 끝냈습니다)</source>
        <translation> (finished a destruction that had stopped)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="82"/>
        <source>파기했습니다{again}: {done}. 파기 대장 {run}번에 기록했습니다.</source>
        <translation>Destroyed{again}: {done}. Entered as no. {run} in the destruction ledger.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="89"/>
        <source>{n}건을 파기하려면 확인이 필요합니다. --yes를 붙여 실행해 주세요.</source>
        <translation>Destroying {n} records needs confirmation. Please run with --yes.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="91"/>
        <source>{n}건의 개인정보를 복구할 수 없게 지웁니다. 계속하려면 &apos;{word}&apos;를 입력하세요: </source>
        <translation>The personal data of {n} records will be erased beyond recovery. To continue, type &apos;{word}&apos;: </translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="94"/>
        <source>파기하지 않았습니다.</source>
        <translation>Nothing was destroyed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/purge.py" line="103"/>
        <source>파기 대장을 만들었습니다: {path} ({n}줄).</source>
        <translation>Made the destruction ledger: {path} ({n} lines).</translation>
    </message>
</context>
<context>
    <name>RecordedAt</name>
    <message>
        <location filename="../../minwon_desk/domain/recorded_at.py" line="27"/>
        <location filename="../../minwon_desk/domain/recorded_at.py" line="67"/>
        <source>{what}에 시간대가 없습니다. +09:00을 붙여 주세요.</source>
        <translation>{what} has no time zone. Please add +09:00.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/recorded_at.py" line="33"/>
        <source>{what}({at})이 지금보다 뒤입니다. 이 PC의 시계를 확인해 주세요.</source>
        <translation>{what} ({at}) is later than now. Please check this PC&apos;s clock.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/recorded_at.py" line="41"/>
        <source>{what}({at})이 하루도 더 지나 기록하지 않았습니다. 필요하면 지금 시각으로 다시 입력해 주세요.</source>
        <translation>{what} ({at}) is more than a day old, so it was not recorded. If needed, enter it again with the current time.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/recorded_at.py" line="56"/>
        <source>늦은 기록 사유</source>
        <translation>Reason for the late record</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/recorded_at.py" line="73"/>
        <source>{what}({at:%Y-%m-%d %H:%M})이 지금보다 뒤입니다. 시각과 이 PC의 시계를 확인해 주세요.</source>
        <translation>{what} ({at:%Y-%m-%d %H:%M}) is later than now. Please check the time and this PC&apos;s clock.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/recorded_at.py" line="81"/>
        <source>{what}({at:%Y-%m-%d %H:%M})이 10년보다 오래되어 기록할 수 없습니다. 연도를 확인해 주세요.</source>
        <translation>{what} ({at:%Y-%m-%d %H:%M}) is more than 10 years ago and cannot be recorded. Please check the year.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/recorded_at.py" line="90"/>
        <source>{what}({at:%Y-%m-%d %H:%M})이 1년보다 오래되었습니다. 연도를 확인해 주세요. 정말 그때의 일을 늦게 기록하는 것이면 늦은 기록 사유를 함께 적어 주세요 (기록에 남습니다).</source>
        <translation>{what} ({at:%Y-%m-%d %H:%M}) is more than a year ago. Please check the year. If it really is a late record of that time, also give the reason for the late record (it is kept on record).</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="38"/>
        <source>자체점검 결과 보고서</source>
        <translation>Self-inspection report</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="41"/>
        <source>한 달의 고객응대서비스 자체점검 결과 (PDF)</source>
        <translation>The month&apos;s customer service self-inspection results (PDF)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="45"/>
        <source>경청 시작·답신전화·처리기간·연장 통지 지표를 부서별·담당자별로, 최근 6개월 추이, 오래 기다린 방문, 기한을 넘긴 건, 보상과 시정조치를 A4 PDF로 만듭니다. 기록이 없는 달도 그렇게 적힌 한 쪽짜리 보고서를 만듭니다.</source>
        <translation>Makes an A4 PDF of the greeting, callback, processing period and extension notice figures by department and by officer, the last 6 months&apos; trend, long waits, overdue items, compensation and corrective actions. A month without records gets a one-page report saying so.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="52"/>
        <source>점검할 달, 예: 2026-10</source>
        <translation>The month to inspect, e.g. 2026-10</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="59"/>
        <source>민원 처리부 (XLSX, PDF 또는 HWPX)</source>
        <translation>The case register (XLSX, PDF or HWPX)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="60"/>
        <source>기간 안에 접수된 민원을 접수 순서대로, 민원처리법 시행규칙 별지 제1호의 칸 (접수번호·일시, 민원인과 가린 연락처, 요지, 처리 부서·담당자, 처리기간·기한, 연장, 처리 일시와 방법)으로 뽑습니다. 개인정보가 담긴 목록이라 내려받는 사유를 적어야 하며, 접속기록에 남습니다.</source>
        <translation>Lists the cases received in the period, in order of receipt, in the columns of Form No. 1 of the Enforcement Rules of the Civil Petitions Act (case number and time, petitioner and masked contact, summary, handling department and officer, processing period and deadline, extensions, time and way of handling). As the list holds personal data, a reason for the download is required, and it goes into the access log.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="66"/>
        <source>이날 접수된 민원부터</source>
        <translation>Cases received from this day</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="68"/>
        <source>이날 접수된 민원까지 (이날 포함)</source>
        <translation>Cases received up to this day (inclusive)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="70"/>
        <source>이 부서와 그 아래 부서의 민원만 (부서 이름)</source>
        <translation>Only the cases of this department and those under it (department name)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="72"/>
        <source>내려받는 사유 (필수; 접속기록에 남습니다)</source>
        <translation>Reason for the download (required; it goes into the access log)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="77"/>
        <source>한 달의 개인정보 접속기록 점검 (PDF 또는 XLSX)</source>
        <translation>A month&apos;s personal data access log review (PDF or XLSX)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="78"/>
        <source>계정별 조회·출력·다운로드, 근무시간 외 접근, 대량 조회·다운로드와 그 사유, 동료보다 훨씬 많이 조회한 계정, 로그인 실패와 잠금, 권한 변경, 점검 기록을 PDF나 엑셀 파일로 만듭니다. 점검을 마쳤으면 &apos;audit review&apos;로 기록합니다. 개인정보 관리 권한이 필요합니다.</source>
        <translation>Makes a PDF or Excel file of views, printouts and downloads by account, access outside working hours, bulk views and downloads with their reasons, accounts that viewed far more than their peers, failed sign-ins and lockouts, permission changes and the review records. Record the review with &apos;audit review&apos; when it is done. Needs the privacy role.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="83"/>
        <source>점검할 달, 예: 2026-11</source>
        <translation>The month to review, e.g. 2026-11</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="102"/>
        <source>{title}을(를) 만들었습니다: {output} (이 달에는 기록이 없어 수치가 없습니다).</source>
        <translation>Made the {title}: {output} (no records this month, so no figures).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="108"/>
        <source>{title}을(를) 만들었습니다: {output}
{figures}.</source>
        <translation>Made the {title}: {output}
{figures}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="118"/>
        <source>{name}: 민원 처리부는 .xlsx, .pdf 또는 .hwpx 파일로 저장합니다 (예: -o 민원처리부.xlsx).</source>
        <translation>{name}: the case register is saved as an .xlsx, .pdf or .hwpx file (e.g. -o case-register.xlsx).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="121"/>
        <source>민원 처리부는 개인정보가 담긴 목록입니다. 내려받는 사유를 --reason으로 적어 주세요 (예: --reason &quot;11월 처리 현황 점검&quot;).</source>
        <translation>The case register is a list holding personal data. Please give the reason for the download with --reason (e.g. --reason &quot;November case review&quot;).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="127"/>
        <source>민원처리부.{kind}</source>
        <translation>case-register.{kind}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="128"/>
        <source>{kind} 파일</source>
        <translation>{kind} file</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="139"/>
        <source>민원 처리부를 만들었습니다: {output} ({count}건)</source>
        <translation>Made the case register: {output} ({count} cases)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="154"/>
        <source>부서 &apos;{wanted}&apos;을(를) 찾을 수 없습니다. 있는 부서: {names} …</source>
        <translation>Department &apos;{wanted}&apos; cannot be found. Departments: {names} …</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/report.py" line="158"/>
        <source>&apos;{wanted}&apos;라는 부서가 여럿입니다: {paths}. 상위 부서까지 적어 주세요.</source>
        <translation>There are several departments named &apos;{wanted}&apos;: {paths}. Please include the department above it.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../minwon_desk/domain/retention.py" line="48"/>
        <source>방문 기록</source>
        <translation>visit records</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/retention.py" line="49"/>
        <source>전화메모</source>
        <translation>phone memos</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/retention.py" line="50"/>
        <source>민원 기록·문서</source>
        <translation>case records and documents</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/retention.py" line="51"/>
        <source>만족도 조사지</source>
        <translation>satisfaction surveys</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/retention.py" line="52"/>
        <source>보상 상품권 발급 기록</source>
        <translation>compensation voucher records</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/retention.py" line="53"/>
        <source>접속기록</source>
        <translation>access log</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="36"/>
        <source>안내</source>
        <translation>reception</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="37"/>
        <source>담당자</source>
        <translation>officer</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="38"/>
        <source>부서장</source>
        <translation>head</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="39"/>
        <source>감독</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="40"/>
        <source>개인정보 관리</source>
        <translation>privacy</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="41"/>
        <source>관리자</source>
        <translation>admin</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="161"/>
        <source>&apos;{what}&apos;{particle} 하려면 {needed} 권한이 필요합니다.</source>
        <translation>To {what}, an account needs one of these roles: {needed}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="178"/>
        <source>&apos;{part}&apos;은(는) 없는 역할입니다. 역할은 {names} 중에서 고릅니다.</source>
        <translation>&apos;{part}&apos; is not a role. Choose from {english}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/roles.py" line="183"/>
        <source>역할을 하나 이상 골라 주세요.</source>
        <translation>Please choose at least one role.</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <location filename="../../minwon_desk/services/routing.py" line="87"/>
        <source>고른 직원을 직원 명부에서 찾을 수 없습니다. 직원을 다시 골라 주세요.</source>
        <translation>The chosen staff member is not on the staff roster. Please choose the staff member again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/routing.py" line="91"/>
        <source>{name} 님은 지금 근무하지 않는 직원입니다. 다른 직원을 골라 주세요.</source>
        <translation>{name} no longer works here. Please choose someone else.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="40"/>
        <source>계정 또는 비밀번호가 맞지 않습니다.</source>
        <translation>The account or password is wrong.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="51"/>
        <source>비밀번호를 {max_failures}번 잘못 입력해 계정이 잠겼습니다. {until:%H:%M}부터 다시 로그인할 수 있습니다 (관리자는 바로 풀 수 있습니다).</source>
        <translation>The password was wrong {max_failures} times, so the account is locked. You can sign in again from {until:%H:%M} (an administrator can unlock it now).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="78"/>
        <source>관리자의 이름을 입력해 주세요.</source>
        <translation>Please enter the administrator&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="86"/>
        <source>이미 관리자 계정이 있습니다. 계정은 관리자가 로그인해 만들어 주세요.</source>
        <translation>An administrator account already exists. An administrator signs in to create accounts.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="110"/>
        <source>사번 또는 계정 이름을 입력해 주세요.</source>
        <translation>Please enter an employee number or account name.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="112"/>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="136"/>
        <source>비밀번호를 입력해 주세요.</source>
        <translation>Please enter the password.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="131"/>
        <source>토큰으로 들어온 작업은 비밀번호로 잠금을 풀 수 없습니다.</source>
        <translation>Work that came in with a token cannot be unlocked with a password.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="141"/>
        <source>계정을 찾을 수 없습니다. 다시 로그인해 주세요.</source>
        <translation>The account was not found. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="154"/>
        <source>토큰이 비어 있습니다.</source>
        <translation>The token is empty.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="164"/>
        <source>토큰이 맞지 않습니다. 관리자에게 받은 토큰을 확인해 주세요.</source>
        <translation>The token is wrong. Please check the token the administrator gave you.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="171"/>
        <source>폐기된 토큰입니다({revoked_at:%Y-%m-%d %H:%M} 폐기). 관리자에게 새 토큰을 받아 주세요.</source>
        <translation>The token was revoked ({revoked_at:%Y-%m-%d %H:%M}). Please get a new one from the administrator.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="179"/>
        <source>토큰의 기록 명의인 {name} 님이 비활성 직원입니다. 관리자에게 문의해 주세요.</source>
        <translation>{name}, under whom the token&apos;s records are kept, is an inactive staff member. Please ask an administrator.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="189"/>
        <source>토큰 {id} ({purpose})</source>
        <translation>token {id} ({purpose})</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="200"/>
        <source>토큰에는 비밀번호가 없습니다.</source>
        <translation>A token has no password.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="204"/>
        <source>지금과 다른 비밀번호를 정해 주세요.</source>
        <translation>Please choose a password different from the current one.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="256"/>
        <source>{wrong} {left}번 더 틀리면 {lock_minutes}분 동안 잠깁니다.</source>
        <translation>{wrong} After {left} more wrong attempts it is locked for {lock_minutes} minutes.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="274"/>
        <source>사용이 중지된 계정입니다. 관리자에게 문의해 주세요.</source>
        <translation>The account is disabled. Please ask an administrator.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="280"/>
        <source>{name} 님은 비활성(퇴직) 직원으로 등록되어 있어 로그인할 수 없습니다.</source>
        <translation>{name} is registered as an inactive (departed) staff member and cannot sign in.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="296"/>
        <source>계정 이름은 64자 이내의 영문자, 숫자와 . _ - 로 지어 주세요.</source>
        <translation>An account name is up to 64 Latin letters, digits and . _ -.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="308"/>
        <source>{name} 님은 비활성(퇴직) 직원입니다.</source>
        <translation>{name} is an inactive (departed) staff member.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/accounts/signin.py" line="318"/>
        <source>이름이 {name}인 직원이 {count}명입니다. 이름 대신 사번을 적어 주세요.</source>
        <translation>{count} staff members are named {name}. Please give the employee number instead.</translation>
    </message>
</context>
<context>
    <name>SiteCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="31"/>
        <source>현장 방문 (기업 현장에 가는 일)</source>
        <translation>Site visits (going to a company for a case)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="34"/>
        <source>고객과 협의한 현장 방문 계획 기록 (방문 번호 출력)</source>
        <translation>Record a site visit plan agreed with the customer (prints the visit&apos;s number)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="35"/>
        <source>민원을 위해 기업 현장을 방문할 계획을 기록합니다. 고객과 미리 협의한 일시와 그 협의(언제, 누구와)를 적어야 하며, 방문 인원은 최소로 합니다(2명 초과는 --many로 확인).</source>
        <translation>Records a plan to visit a company for a case. The time agreed with the customer beforehand, and that agreement (when, with whom), must be given, and as few people as possible go (more than 2 must be confirmed with --many).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="39"/>
        <location filename="../../minwon_desk/cli/site.py" line="60"/>
        <source>접수번호</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="40"/>
        <source>방문 일시, 예: 2026-07-09T14:00</source>
        <translation>Time of the visit, e.g. 2026-07-09T14:00</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="41"/>
        <source>방문 장소</source>
        <translation>Place of the visit</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="42"/>
        <source>협의할 내용</source>
        <translation>What is to be discussed</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="44"/>
        <source>고객과 언제, 누구와 협의했는지 (예: &apos;7/2 전화로 대표와 협의&apos;)</source>
        <translation>When and with whom it was agreed with the customer (e.g. &apos;7/2, by phone with the CEO&apos;)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="46"/>
        <source>가는 직원의 사번 (여러 번)</source>
        <translation>Employee number of a staff member going (repeatable)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="47"/>
        <source>기업 이름 (기본: 민원인)</source>
        <translation>Company name (default: the petitioner)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="48"/>
        <source>협의한 고객 (예: 대표 이름)</source>
        <translation>The customer it was agreed with (e.g. the CEO&apos;s name)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="49"/>
        <source>2명 넘게 가는 것을 확인함</source>
        <translation>Confirm that more than 2 people are going</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="51"/>
        <source>방문 결과 기록</source>
        <translation>Record a visit&apos;s outcome</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="52"/>
        <location filename="../../minwon_desk/cli/site.py" line="56"/>
        <source>방문 번호</source>
        <translation>Visit number</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="53"/>
        <source>확인한 것과 하기로 한 것</source>
        <translation>What was found and what was agreed to be done</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="55"/>
        <source>방문 취소</source>
        <translation>Cancel a visit</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="57"/>
        <source>취소 사유</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/site.py" line="59"/>
        <source>한 민원의 현장 방문 목록</source>
        <translation>List the site visits of a case</translation>
    </message>
</context>
<context>
    <name>SiteVisits</name>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="75"/>
        <source>{who} 외 {n}명</source>
        <translation>{who} and {n} more</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="80"/>
        <source>방문 인원이 {count}명입니다. 이행표준은 기업의 일에 지장이 없도록 방문 인원을 최소화하라고 합니다 ({few}명 이하 권장). 꼭 필요한 사람만 가는지 확인해 주세요.</source>
        <translation>{count} people are going. The service standard asks that as few people as possible visit, so as not to disturb the company&apos;s work ({few} or fewer recommended). Please check that only those really needed are going.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="93"/>
        <source>방문 장소</source>
        <translation>Place of the visit</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="95"/>
        <source>어디로 가는지 적어 주세요 (예: (주)한빛정밀 안산 공장).</source>
        <translation>Please write where the visit goes (e.g. Hanbit Precision Co., Ansan plant).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="96"/>
        <source>협의할 내용</source>
        <translation>What is to be discussed</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="98"/>
        <source>무엇을 협의할지 적어 주세요. 고객에게 미리 알리는 내용입니다.</source>
        <translation>Please write what is to be discussed. The customer is told this beforehand.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="99"/>
        <source>고객과 협의한 내용</source>
        <translation>What was agreed with the customer</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="101"/>
        <source>방문 일시를 고객과 언제, 누구와 협의했는지 적어 주세요 (이행표준: 방문계획은 고객과 사전에 협의).</source>
        <translation>Please write when and with whom the time of the visit was agreed with the customer (service standard: a visit plan is agreed with the customer beforehand).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="105"/>
        <source>누가 가는지 한 사람 이상 골라 주세요.</source>
        <translation>Please choose at least one person who is going.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="110"/>
        <source>방문 일시가 지났습니다. 고객과 협의한 앞으로의 일시를 적어 주세요.</source>
        <translation>The time of the visit has passed. Please give the future time agreed with the customer.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="117"/>
        <source>민원 {number}은(는) 이미 처리를 마쳤습니다. 새 방문은 새 민원으로 접수해 주세요.</source>
        <translation>Case {number} has already been closed. Please register a new case for a new visit.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="123"/>
        <source>방문할 기업의 이름을 적어 주세요.</source>
        <translation>Please write the name of the company to visit.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="146"/>
        <source>방문 결과</source>
        <translation>Outcome of the visit</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="148"/>
        <source>현장에서 무엇을 확인하고 어떻게 하기로 했는지 적어 주세요.</source>
        <translation>Please write what was found on site and what was agreed to be done.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="152"/>
        <source>취소 사유</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="154"/>
        <source>왜 취소하는지 적어 주세요 (고객 요청, 전화로 해결 등).</source>
        <translation>Please write why the visit is cancelled (the customer&apos;s request, settled by phone, …).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="161"/>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="176"/>
        <source>현장 방문(번호 {id})을 찾을 수 없습니다.</source>
        <translation>Site visit no. {id} cannot be found.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="182"/>
        <source>이미 결과를 기록한 방문입니다.</source>
        <translation>The outcome of this visit has already been recorded.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="184"/>
        <source>이미 취소한 방문입니다.</source>
        <translation>This visit has already been cancelled.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="186"/>
        <source>방문 일시({at}) 전입니다. 다녀온 뒤에 결과를 적어 주세요.</source>
        <translation>The visit ({at}) has not happened yet. Please record the outcome after it.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="204"/>
        <source>직원(번호 {id})을 찾을 수 없습니다.</source>
        <translation>Staff member no. {id} cannot be found.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/cases/site_visits.py" line="207"/>
        <source>퇴직하거나 비활성화된 직원은 방문 인원이 될 수 없습니다.</source>
        <translation>Staff who have left or are deactivated cannot go on a visit.</translation>
    </message>
</context>
<context>
    <name>Spooler</name>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="37"/>
        <source>이 컴퓨터에는 설치된 프린터가 없습니다. 시스템 관리자에게 프린터 설치를 요청하세요.</source>
        <translation>No printer is installed on this computer. Please ask the system administrator to install one.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="132"/>
        <source>‘{printer}’ 프린터로 문서를 보내지 못했습니다 (인쇄 시스템의 응답: {detail}). 잠시 후 다시 시도하거나 다른 프린터를 고르세요.</source>
        <translation>Could not send the document to printer ‘{printer}’ (the print system said: {detail}). Try again shortly or choose another printer.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="142"/>
        <source>‘{printer}’ 프린터로 문서를 보냈지만 인쇄 시스템이 작업 번호를 알려 주지 않았습니다. 프린터에서 인쇄되었는지 확인하세요.</source>
        <translation>The document was sent to printer ‘{printer}’, but the print system gave no job number. Check that it printed.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="163"/>
        <source>인쇄 매수는 1부터 {max_copies}까지 고를 수 있습니다 (고른 매수: {copies}).</source>
        <translation>Copies can be from 1 to {max_copies} (chosen: {copies}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="179"/>
        <source>인쇄할 쪽을 알아볼 수 없습니다: ‘{pages}’. ‘1-3,5’처럼 1쪽부터 시작하는 쪽 번호나 범위(앞 번호가 작게)를 쉼표로 나눠 적으세요.</source>
        <translation>Cannot read the pages to print: ‘{pages}’. Write page numbers from 1, or ranges (smaller number first), separated by commas, like ‘1-3,5’.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="201"/>
        <source>인쇄 서비스(CUPS)가 {timeout_s:.0f}초 안에 응답하지 않아 인쇄하지 못했습니다. 잠시 후 다시 시도하고, 계속되면 시스템 관리자에게 알리세요.</source>
        <translation>The print service (CUPS) did not answer within {timeout_s:.0f} s, so nothing was printed. Try again shortly; if it goes on, tell the system administrator.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="259"/>
        <source>인쇄 중</source>
        <translation>printing</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="259"/>
        <source>대기 중</source>
        <translation>idle</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="259"/>
        <source>멈춤</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="271"/>
        <source>이 컴퓨터의 인쇄 시스템은 PDF 문서를 직접 받지 않습니다.</source>
        <translation>This computer&apos;s print system does not take PDF documents directly.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="282"/>
        <source> (인쇄 시스템의 설명: {message})</source>
        <translation> (the print system says: {message})</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="284"/>
        <source>‘{printer}’ 프린터가 멈춰 있어 인쇄할 수 없습니다{why}. 프린터의 전원·용지·토너를 확인한 뒤 시스템 관리자에게 다시 켜 달라고 하거나, 다른 프린터를 고르세요.</source>
        <translation>Printer ‘{printer}’ is stopped, so nothing can be printed{why}. Check its power, paper and toner, then ask the system administrator to restart it, or choose another printer.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="294"/>
        <source>‘{printer}’ 프린터가 지금은 인쇄 작업을 받지 않습니다. 시스템 관리자에게 확인하거나 다른 프린터를 고르세요.</source>
        <translation>Printer ‘{printer}’ is not accepting jobs now. Check with the system administrator or choose another printer.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="306"/>
        <source>이 컴퓨터의 프린터는 {names}입니다. 인쇄 창에서 이 중 하나를 고르세요.</source>
        <translation>This computer&apos;s printers are {names}. Choose one of them in the print window.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="313"/>
        <source>‘{printer}’ 프린터를 찾을 수 없습니다. {advice}</source>
        <translation>Printer ‘{printer}’ was not found. {advice}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="329"/>
        <source>알 수 없는 오류</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="337"/>
        <source>이 컴퓨터에 인쇄 시스템(CUPS)이 설치되어 있지 않아 인쇄할 수 없습니다. 시스템 관리자에게 설치를 요청하세요.</source>
        <translation>No print system (CUPS) is installed on this computer, so nothing can be printed. Please ask the system administrator to install it.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spooler.py" line="348"/>
        <source>인쇄 서비스(CUPS)가 꺼져 있어 인쇄할 수 없습니다. 시스템 관리자에게 인쇄 서비스를 켜 달라고 요청하세요.</source>
        <translation>The print service (CUPS) is off, so nothing can be printed. Please ask the system administrator to turn it on.</translation>
    </message>
</context>
<context>
    <name>StaffCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/staff.py" line="27"/>
        <source>인사 자료(CSV/XLSX)에서 직원 명부 가져오기</source>
        <translation>Import the staff roster from HR data (CSV/XLSX)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/staff.py" line="31"/>
        <source>머리행: 사번, 성명, 직위, 부서, 내선번호, 이메일, 담당업무, 기본대행자사번. 한 행이라도 틀리면 아무것도 가져오지 않습니다.</source>
        <translation>Header row: 사번, 성명, 직위, 부서, 내선번호, 이메일, 담당업무, 기본대행자사번 (employee no., name, position, department, extension, email, duties, default deputy&apos;s employee no.). If any row is wrong, nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/staff.py" line="39"/>
        <source>홈페이지용 직원 안내 내보내기</source>
        <translation>Export the staff directory for the website</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/staff.py" line="50"/>
        <source>직원 명부를 가져왔습니다</source>
        <translation>Staff roster imported</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/staff.py" line="61"/>
        <source>직원 안내를 내보냈습니다: {path} ({format}, 부서 {departments}곳, 직원 {officers}명).</source>
        <translation>Exported the staff directory: {path} ({format}, {departments} departments, {officers} staff).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/staff.py" line="71"/>
        <source>추가 {added}명, 수정 {updated}명, 변경 없음 {unchanged}명, 새 부서 {departments}곳</source>
        <translation>{added} added, {updated} updated, {unchanged} unchanged, {departments} new departments</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/staff_find.py" line="24"/>
        <source>이름·초성·부서·업무·내선으로 직원 찾기</source>
        <translation>Find staff by name, initial consonants, department, duties or extension</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/staff_find.py" line="28"/>
        <source>맞는 직원을 좋은 순서대로 한 줄에 한 명씩, 탭으로 나눠 출력합니다: 사번, 성명, 직위, 부서, 내선, 좌석, 상태, 업무대행자 사번, 업무대행자 성명.</source>
        <translation>Prints the matching staff, best match first, one per line, tab-separated: employee number, name, position, department, extension, seat, status, deputy&apos;s employee number, deputy&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/staff_find.py" line="35"/>
        <source>이 시각의 재실 상태 (기본: 지금)</source>
        <translation>Whether they are in at this time (default: now)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/staff_find.py" line="44"/>
        <source>찾을 말을 적어 주세요 (이름, 초성, 부서, 담당업무, 내선번호).</source>
        <translation>Please give something to look for (name, initial consonants, department, duties, extension).</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <location filename="../../minwon_desk/services/supervision/survey.py" line="58"/>
        <source>연도는 {first_year}년부터 {last}년까지 적을 수 있습니다 (&apos;{year}&apos;).</source>
        <translation>The year must be from {first_year} to {last} (&apos;{year}&apos;).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/survey.py" line="116"/>
        <source>문항 목록이 그사이 바뀌었습니다. 목록을 새로 읽은 뒤 다시 옮겨 주세요.</source>
        <translation>The list of questions changed meanwhile. Please reload it and move them again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/survey.py" line="138"/>
        <source>이 문항에는 이미 응답 {answered}건이 있어 지울 수 없습니다. 문구를 고치는 것은 할 수 있습니다.</source>
        <translation>This question already has {answered} answers and cannot be deleted. Its wording can still be edited.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/survey.py" line="173"/>
        <source>의견은 {max_comment:,}자까지 적을 수 있습니다 (지금 {count:,}자).</source>
        <translation>A comment can be up to {max_comment:,} characters (now {count:,}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/survey.py" line="181"/>
        <source>빈 응답입니다. 한 문항 이상 점수를 넣거나 의견을 적어 주세요.</source>
        <translation>The response is empty. Please score at least one question or write a comment.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/survey.py" line="191"/>
        <source>{year}년 조사 문항이 없습니다. 먼저 문항을 등록해 주세요.</source>
        <translation>The {year} survey has no questions. Please add questions first.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/survey.py" line="196"/>
        <source>{year}년 조사에 없는 문항입니다. 문항 목록을 새로 읽은 뒤 다시 입력해 주세요.</source>
        <translation>That question is not in the {year} survey. Please reload the questions and enter it again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/survey.py" line="223"/>
        <source>설문 응답(번호 {response_id})을 찾을 수 없습니다.</source>
        <translation>Survey response no. {response_id} was not found.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/survey.py" line="311"/>
        <source>문항 내용을 적어 주세요 (예: 직원이 친절하게 응대했습니까?).</source>
        <translation>Please write the question (e.g. Were you attended courteously?).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/survey.py" line="317"/>
        <source>문항은 {max_item_text}자까지 적을 수 있습니다 (지금 {count}자). 줄여 주세요.</source>
        <translation>A question can be up to {max_item_text} characters (now {count}). Please shorten it.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/survey.py" line="332"/>
        <source>{year}년 조사의 {ordinal}번 문항과 같은 내용입니다.</source>
        <translation>It is the same as question {ordinal} of the {year} survey.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/survey.py" line="342"/>
        <source>설문 문항(번호 {item_id})을 찾을 수 없습니다. 다른 곳에서 지웠을 수 있습니다.</source>
        <translation>Survey question no. {item_id} was not found. It may have been deleted elsewhere.</translation>
    </message>
</context>
<context>
    <name>SurveyCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/survey.py" line="36"/>
        <source>고객만족도 조사</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/survey.py" line="39"/>
        <source>한 해의 조사 결과를 엑셀(XLSX)로 내보내기</source>
        <translation>Export a year&apos;s survey results to Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/survey.py" line="43"/>
        <source>시트 세 개: 응답(설문지 한 장에 한 행, 문항마다 한 열), 요약(문항별 응답 수·평균·점수 분포), 퇴실 만족도(월별). 자료가 없는 해도 그렇게 적힌 파일을 만듭니다.</source>
        <translation>Three sheets: responses (one row per questionnaire, one column per question), summary (responses, average and score distribution per question), check-out satisfaction (by month). A year without data gets a file saying so.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/survey.py" line="50"/>
        <source>조사 연도, 예: 2026</source>
        <translation>Survey year, e.g. 2026</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/survey.py" line="81"/>
        <source>{year}년 고객만족도 조사 결과를 저장했습니다: {output} (문항 {count}개, 응답 {responses}건, 퇴실 만족도 {ratings}건).</source>
        <translation>Saved the {year} satisfaction survey results: {output} ({count} questions, {responses} responses, {ratings} check-out ratings).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/survey.py" line="89"/>
        <source>minwon-desk: {year}년에는 조사 문항도 응답도 퇴실 만족도도 없습니다. 파일의 시트마다 그렇게 적었습니다.</source>
        <translation>minwon-desk: {year} has no survey questions, responses or check-out ratings. Each sheet of the file says so.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/survey.py" line="103"/>
        <source>{name}: 엑셀 파일 이름은 .xlsx로 끝나야 합니다 (예: 만족도조사-2026.xlsx).</source>
        <translation>{name}: an Excel file name must end in .xlsx (e.g. survey-2026.xlsx).</translation>
    </message>
</context>
<context>
    <name>SurveyExport</name>
    <message>
        <location filename="../../minwon_desk/services/supervision/survey_export.py" line="47"/>
        <source>고객만족도 조사 {year}년 XLSX</source>
        <translation>Customer satisfaction survey {year}, XLSX</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/survey.py" line="69"/>
        <source>예: --reason &quot;감사 자료 제출&quot;</source>
        <translation>e.g. --reason &quot;material for the audit&quot;</translation>
    </message>
</context>
<context>
    <name>Tabular</name>
    <message>
        <location filename="../../minwon_desk/services/spreadsheets.py" line="25"/>
        <source>Excel에서 &apos;CSV UTF-8(쉼표로 분리)&apos; 또는 &apos;Excel 통합 문서(*.xlsx)&apos;로 저장해 주세요.</source>
        <translation>In Excel, save it as &apos;CSV UTF-8 (Comma delimited)&apos; or &apos;Excel Workbook (*.xlsx)&apos;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spreadsheets.py" line="43"/>
        <source>{line}행</source>
        <translation>row {line}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/tabular.py" line="57"/>
        <source>{file}에 고칠 곳이 {count}군데 있어 아무것도 가져오지 않았습니다. 고친 뒤 다시 가져와 주세요.</source>
        <translation>{file} has {count} problem(s) to fix, so nothing was imported. Please fix them and import again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spreadsheets.py" line="109"/>
        <source>{name}을(를) 가져오지 않았습니다: {reason}. 파일이 맞는지 확인하거나 여러 파일로 나누어 가져와 주세요.</source>
        <translation>{name} was not imported: {reason}. Check that it is the right file, or split it into several files.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spreadsheets.py" line="116"/>
        <source>파일 {path}이(가) 없습니다. 경로를 확인해 주세요.</source>
        <translation>File {path} does not exist. Please check the path.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spreadsheets.py" line="118"/>
        <source>{path}은(는) 폴더입니다. 가져올 CSV나 XLSX 파일을 지정해 주세요.</source>
        <translation>{path} is a folder. Please name the CSV or XLSX file to import.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spreadsheets.py" line="123"/>
        <source>파일 {path}을(를) 읽을 수 없습니다({strerror}). 권한을 확인해 주세요.</source>
        <translation>File {path} cannot be read ({strerror}). Please check its permissions.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spreadsheets.py" line="130"/>
        <source>예전 Excel 형식(.xls)이거나 암호가 걸린 파일이라 읽을 수 없습니다. {save_as}</source>
        <translation>It is in the old Excel format (.xls) or password-protected, so it cannot be read. {save_as}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spreadsheets.py" line="146"/>
        <source>CSV나 XLSX 파일이 아닙니다. {save_as}</source>
        <translation>It is not a CSV or XLSX file. {save_as}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spreadsheets.py" line="166"/>
        <source>글자를 읽을 수 없습니다. 파일이 UTF-8도 CP949(EUC-KR)도 아닙니다. {save_as}</source>
        <translation>Its text cannot be read: the file is neither UTF-8 nor CP949 (EUC-KR). {save_as}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spreadsheets.py" line="183"/>
        <source>CSV 형식이 잘못되었습니다 (따옴표의 짝이 맞지 않습니다). 칸 안의 따옴표는 두 번(&quot;&quot;) 적어 주세요.</source>
        <translation>The CSV is malformed (unbalanced quotes). Write a quote inside a cell twice (&quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spreadsheets.py" line="210"/>
        <source>XLSX 파일을 열 수 없습니다. 파일이 손상되었거나 다른 형식입니다. {save_as}</source>
        <translation>The XLSX file cannot be opened: it is damaged or in another format. {save_as}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spreadsheets.py" line="217"/>
        <source>통합 문서에 시트가 없습니다.</source>
        <translation>The workbook has no sheet.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spreadsheets.py" line="271"/>
        <source>{name}의 행이 너무 많습니다 ({import_rows_max:,}행까지 한 번에 가져올 수 있습니다). 여러 파일로 나누어 가져와 주세요.</source>
        <translation>{name} has too many rows (up to {import_rows_max:,} can be imported at once). Please split it into several files.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/spreadsheets.py" line="279"/>
        <source>파일이 비어 있습니다. 첫 행에 머리행을, 그 아래에 한 사람씩 적어 주세요.</source>
        <translation>The file is empty. Put the header in the first row and one person per row below it.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/tabular.py" line="123"/>
        <source>{i}열</source>
        <translation>column {i}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/tabular.py" line="124"/>
        <source>&apos;{name}&apos; 열이 여러 번 있습니다 ({letters}). 하나만 남겨 주세요.</source>
        <translation>The &apos;{name}&apos; column appears more than once ({letters}). Please keep only one.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/tabular.py" line="131"/>
        <source>(없음)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/tabular.py" line="138"/>
        <source>&apos;{guess}&apos;({letter}열)이 그 열이라면 머리행을 &apos;{name}&apos;(으)로 고쳐 주세요.</source>
        <translation>If &apos;{guess}&apos; (column {letter}) is that column, rename its header to &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/tabular.py" line="143"/>
        <source>머리행에 &apos;{name}&apos; 열을 추가해 주세요.</source>
        <translation>Please add a &apos;{name}&apos; column to the header.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/tabular.py" line="144"/>
        <source>&apos;{name}&apos; 열이 없습니다. {advice} 찾은 머리행: {shown}.</source>
        <translation>There is no &apos;{name}&apos; column. {advice} Header found: {shown}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/tabular.py" line="146"/>
        <source> 글자가 깨져 보이면 파일을 UTF-8로 저장해 주세요.</source>
        <translation> If the text looks garbled, save the file as UTF-8.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/tabular.py" line="150"/>
        <source>머리행만 있고 가져올 행이 없습니다. 머리행 아래에 한 행씩 적어 주세요.</source>
        <translation>There is only a header and no rows to import. Please add rows below the header.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/tabular.py" line="175"/>
        <source>보이지 않는 제어 문자가 있습니다. 지우고 글자만 남겨 다시 가져와 주세요.</source>
        <translation>It contains invisible control characters. Delete them, keep just the text, and import again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/tabular.py" line="184"/>
        <source>주민등록번호로 보이는 숫자가 있습니다. 주민등록번호는 저장하지 않습니다. 지우고 다시 가져와 주세요.</source>
        <translation>It contains what looks like a resident registration number. Those are never stored. Delete it and import again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/tabular.py" line="198"/>
        <source>{index}열</source>
        <translation>column {index}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/tabular.py" line="219"/>
        <source>이미 직원이 등록되어 있어 누가 가져오는지 기록해야 합니다. 작업하는 관리자를 지정해 주세요.</source>
        <translation>Staff are already registered, so who imports must be recorded. Please name the administrator doing it.</translation>
    </message>
</context>
<context>
    <name>TestMail</name>
    <message>
        <location filename="../../minwon_desk/services/notices/test_mail.py" line="56"/>
        <source>시험 메일을 받을 주소를 적어 주세요.</source>
        <translation>Type the address to send the test e-mail to.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/notices/test_mail.py" line="60"/>
        <source>[민원 데스크] 시험 메일</source>
        <translation>[Minwon Desk] Test e-mail</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/notices/test_mail.py" line="61"/>
        <source>민원 데스크의 메일 설정을 시험하는 메일입니다.

보낸 곳: {desk} ({who})
보낸 때: {at}
메일 서버: {host}:{port} ({security})

이 메일을 받으셨다면 민원인에게 보내는 알림도 이 설정으로 나갑니다.</source>
        <translation>This e-mail tests the mail settings of Minwon Desk.

Sent from: {desk} ({who})
Sent at: {at}
Mail server: {host}:{port} ({security})

If you received it, notices to petitioners go out with these settings too.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/notices/test_mail.py" line="81"/>
        <source>시험 메일을 보내지 못했습니다: {why}</source>
        <translation>The test e-mail could not be sent: {why}</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="30"/>
        <source>{first}년부터 {last}년까지</source>
        <translation>from {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="47"/>
        <source>시간대가 없는 시각 {moment}은(는) 쓸 수 없습니다. 시간대를 붙여 주세요 (예: 2026-07-02T15:00+09:00).</source>
        <translation>The time {moment} has no time zone and cannot be used. Please add one (e.g. 2026-07-02T15:00+09:00).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="69"/>
        <source>월</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="69"/>
        <source>화</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="70"/>
        <source>수</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="70"/>
        <source>목</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="71"/>
        <source>금</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="71"/>
        <source>토</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="72"/>
        <source>일</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="81"/>
        <source>{year}년 {month}월 {day}일({weekday})</source>
        <translation>{weekday} {day} {month_name} {year}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="91"/>
        <source>{year}년 {month}월</source>
        <translation>{month_name} {year}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="98"/>
        <source>{month}월</source>
        <translation>{month_name}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="123"/>
        <source>{span} 늦음</source>
        <translation>{span} late</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="134"/>
        <source>{seconds}초</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="136"/>
        <location filename="../../minwon_desk/domain/timeutil.py" line="142"/>
        <source>{minutes}분</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="138"/>
        <source>{minutes}분 {seconds}초</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="147"/>
        <source>{hours}시간</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="148"/>
        <source>{hours}시간 {minutes}분</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="154"/>
        <source>{days}일</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="155"/>
        <source>{days}일 {hours}시간</source>
        <translation>{days} d {hours} h</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="116"/>
        <source>{span} 남음</source>
        <translation>{span} left</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/timeutil.py" line="117"/>
        <source>{span} 지남</source>
        <translation>{span} overdue</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <location filename="../../minwon_desk/services/privacy/verify.py" line="16"/>
        <source>감사 기록</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/verify.py" line="17"/>
        <source>접속기록</source>
        <translation>Access log</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/verify.py" line="48"/>
        <source>{title}: 이상 없음 — {rows:,}건</source>
        <translation>{title}: intact — {rows:,} rows</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/privacy/verify.py" line="49"/>
        <source>{title}: 위변조 의심 — {message} (앞의 {rows:,}건은 이상 없음)</source>
        <translation>{title}: possible tampering — {message} (the {rows:,} rows before are intact)</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <location filename="../../minwon_desk/domain/visits.py" line="34"/>
        <source>방문객 이름을 입력해 주세요.</source>
        <translation>Please enter the visitor&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/visits.py" line="38"/>
        <source>방문객 이름은 {max_name}자까지 적을 수 있습니다 (지금 {count}자). 줄여 주세요.</source>
        <translation>The visitor&apos;s name can be up to {max_name} characters (now {count}). Please shorten it.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/visits.py" line="44"/>
        <source>방문객 이름</source>
        <translation>Visitor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/visits.py" line="48"/>
        <source>방문 목적은 {max_purpose}자까지 적을 수 있습니다 (지금 {count}자). 줄여 주세요.</source>
        <translation>The purpose of the visit can be up to {max_purpose} characters (now {count}). Please shorten it.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/visits.py" line="54"/>
        <source>방문 목적</source>
        <translation>Purpose of the visit</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/visits.py" line="60"/>
        <source>어느 방문의 재방문인지 지난 방문 목록에서 골라 주세요.</source>
        <translation>Please choose, from the past visits, the visit this one repeats.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/visits.py" line="84"/>
        <source>직원 잘못으로 다시 오신 경우, 지난번에 무엇이 잘못되었는지 짧게 적어 주세요 (예: 필요한 서류를 잘못 안내함).</source>
        <translation>If the visitor came again because of a staff error, briefly say what went wrong last time (e.g. was told the wrong documents).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/visits.py" line="93"/>
        <source>잘못된 점은 {max_repeat_note}자까지 적을 수 있습니다 (지금 {count}자). 줄여 주세요.</source>
        <translation>What went wrong can be up to {max_repeat_note} characters (now {count}). Please shorten it.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/visits.py" line="99"/>
        <source>잘못된 점</source>
        <translation>What went wrong</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/visits.py" line="105"/>
        <source>퇴실 미기록</source>
        <translation>check-out not recorded</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/visits.py" line="123"/>
        <source>퇴실 시각에 시간대가 없습니다. +09:00을 붙여 주세요.</source>
        <translation>The check-out time has no time zone. Please add +09:00.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/visits.py" line="130"/>
        <source>퇴실 시각은 응대를 시작한 시각({start}) 뒤여야 합니다. 다시 확인해 주세요.</source>
        <translation>The check-out time must be after the visitor was attended ({start}). Please check it again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/visits.py" line="134"/>
        <source>퇴실 시각은 접수한 시각({start}) 뒤여야 합니다. 다시 확인해 주세요.</source>
        <translation>The check-out time must be after the check-in ({start}). Please check it again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/visits.py" line="140"/>
        <source>퇴실 시각({at})이 지금보다 뒤입니다. 다시 확인해 주세요.</source>
        <translation>The check-out time ({at}) is later than now. Please check it again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/visits.py" line="148"/>
        <source>퇴실 시각은 방문한 날({day}) 안이어야 합니다. 다시 확인해 주세요.</source>
        <translation>The check-out time must be on the day of the visit ({day}). Please check it again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/visits/service.py" line="70"/>
        <source>접수한 시각</source>
        <translation>Check-in time</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/visits/service.py" line="124"/>
        <source>이미 나간 방문객입니다. 응대 시작을 기록할 수 없습니다.</source>
        <translation>The visitor has already left. Attending cannot be recorded.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/visits/service.py" line="129"/>
        <source>다른 직원</source>
        <translation>another staff member</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/visits/service.py" line="134"/>
        <source>이미 {at:%H:%M}에 {who} 님이 응대를 시작한 방문객입니다.</source>
        <translation>{who} already began attending this visitor at {at:%H:%M}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/visits/service.py" line="154"/>
        <source>이미 {at:%H:%M}에 나간 것으로 기록된 방문객입니다.</source>
        <translation>The visitor was already recorded as leaving at {at:%H:%M}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/visits/service.py" line="160"/>
        <source>지난 방문으로 &apos;{unrecorded}&apos;(으)로 닫혔습니다. 실제 퇴실 시각은 감독이나 부서장이 정정할 수 있습니다.</source>
        <translation>It was closed as a past visit, &apos;{unrecorded}&apos;. A supervisor or head can correct the real check-out time.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/visits/service.py" line="180"/>
        <source>아직 퇴실하지 않은 방문객입니다. 만족도는 퇴실한 뒤에 남길 수 있습니다.</source>
        <translation>The visitor has not checked out yet. Satisfaction can be recorded after check-out.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/visits/service.py" line="202"/>
        <source>방문 기록(번호 {visit_id})은 &apos;{unrecorded}&apos; 방문이 아닙니다. 퇴실 시각을 정정할 수 없습니다.</source>
        <translation>Visit no. {visit_id} is not a &apos;{unrecorded}&apos; visit. Its check-out time cannot be corrected.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/visits/service.py" line="315"/>
        <location filename="../../minwon_desk/services/visits/views.py" line="23"/>
        <source>방문 기록(번호 {visit_id})을 찾을 수 없습니다.</source>
        <translation>Visit no. {visit_id} was not found.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/visits/check_in.py" line="98"/>
        <source>선택한 담당자를 찾을 수 없습니다. 담당자를 다시 골라 주세요.</source>
        <translation>The chosen officer was not found. Please choose the officer again.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/visits/check_in.py" line="106"/>
        <source>{name} 님은 지금 근무하지 않는 직원입니다. 다른 담당자를 골라 주세요.</source>
        <translation>{name} no longer works here. Please choose another officer.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/visits/check_in.py" line="119"/>
        <source>고른 이전 방문(번호 {repeat_of_id})을 찾을 수 없습니다. 목록에서 다시 골라 주세요.</source>
        <translation>The chosen earlier visit (no. {repeat_of_id}) was not found. Please choose again from the list.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/visits/check_in.py" line="128"/>
        <source>고른 방문은 지금보다 먼저 접수된 방문이 아닙니다. 지난 방문을 골라 주세요.</source>
        <translation>The chosen visit was not checked in before now. Please choose a past visit.</translation>
    </message>
</context>
<context>
    <name>VoucherCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/voucher_print.py" line="44"/>
        <source>보상 증서 (한 달치 또는 한 장)</source>
        <translation>Compensation vouchers (a month&apos;s or one)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/voucher_print.py" line="48"/>
        <source>보상 증서를 A4 한 쪽에 두 장씩 PDF로 저장하거나(-o) 프린터로 보냅니다(--printer). 한 달치는 증서번호 순서이고 무효 처리된 증서는 빠집니다. 인쇄 횟수와 인쇄한 직원이 기록됩니다.</source>
        <translation>Saves compensation vouchers as PDF, two per A4 page (-o), or sends them to a printer (--printer). A month&apos;s come in voucher number order, without voided vouchers. How many times and by whom they were printed is recorded.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/voucher_print.py" line="56"/>
        <source>이 달에 발급된 증서 모두, 예: 2026-07</source>
        <translation>Every voucher issued in this month, e.g. 2026-07</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/voucher_print.py" line="60"/>
        <source>증서 한 장, 예: MSS-V2026-00012</source>
        <translation>One voucher, e.g. MSS-V2026-00012</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/voucher_print.py" line="105"/>
        <source>저장했습니다: {output} — {title} ({number}).</source>
        <translation>Saved: {output} — {title} ({number}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/voucher_print.py" line="107"/>
        <source>증서</source>
        <translation>the vouchers</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/voucher_print.py" line="113"/>
        <source>{printer} 프린터로 보냈습니다 (작업 {job}) — {title} ({number}).</source>
        <translation>Sent to printer {printer} (job {job}) — {title} ({number}).</translation>
    </message>
</context>
<context>
    <name>Vouchers</name>
    <message>
        <location filename="../../minwon_desk/services/supervision/voucher_print.py" line="73"/>
        <source>증서번호 {serial}인 보상 증서가 없습니다. 증서 대장에서 번호를 확인해 주세요.</source>
        <translation>There is no compensation voucher {serial}. Please check the number in the voucher register.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/voucher_print.py" line="86"/>
        <source>보상 증서(번호 {voucher_id})를 찾을 수 없습니다. 목록을 새로 고쳐 주세요.</source>
        <translation>Compensation voucher no. {voucher_id} was not found. Please refresh the list.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/voucher_print.py" line="125"/>
        <source>{first}에 발급된 보상 증서가 없습니다(무효 처리된 증서는 인쇄하지 않습니다). 달을 확인해 주세요.</source>
        <translation>No compensation vouchers were issued in {first} (voided vouchers are not printed). Please check the month.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/voucher_print.py" line="216"/>
        <source>{year}년 {month}월은 없는 달입니다. 2026-07처럼 연도와 월(1–12)을 적어 주세요.</source>
        <translation>{year}-{month} is not a real month. Please write a year and month (1–12), like 2026-07.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/voucher_queries.py" line="26"/>
        <source>달은 1부터 12까지입니다 ({month}).</source>
        <translation>The month goes from 1 to 12 ({month}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/voucher_queries.py" line="28"/>
        <source>연도 {year}은(는) 쓸 수 없습니다.</source>
        <translation>The year {year} cannot be used.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/services/supervision/voucher_queries.py" line="56"/>
        <source>방문 번호 {visit}</source>
        <translation>visit no. {visit}</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <location filename="../../minwon_desk/cli/watch.py" line="29"/>
        <source>다른 창구·프로그램의 변경을 실시간으로 출력</source>
        <translation>Print changes made by other desks and programs as they happen</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/watch.py" line="33"/>
        <source>변경이 저장될 때마다 한 줄을 탭으로 나눠 출력합니다: 순번, 시각(+09:00), 종류, 대상 번호, 변경, 창구. Ctrl+C로 끝냅니다.</source>
        <translation>Prints one tab-separated line each time a change is saved: sequence number, time (+09:00), kind, record number, change, desk. Stop with Ctrl+C.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/watch.py" line="40"/>
        <source>이 종류만 (쉼표로 구분: visit, memo, case, compensation, …)</source>
        <translation>Only these kinds (comma-separated: visit, memo, case, compensation, …)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/watch.py" line="45"/>
        <source>이 순번 다음부터 (놓친 변경 따라잡기; 기본: 지금부터)</source>
        <translation>From after this sequence number (to catch up on missed changes; default: from now)</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/watch.py" line="89"/>
        <source>minwon-desk: 서버에 다시 연결했습니다.</source>
        <translation>minwon-desk: reconnected to the server.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/watch.py" line="99"/>
        <source>--kinds: 종류를 적어 주세요 ({kinds}).</source>
        <translation>--kinds: please name the kinds ({kinds}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/watch.py" line="103"/>
        <source>--kinds: &apos;{unknown}&apos;은(는) 없는 종류입니다. 다음 중에서 고르세요: {kinds}.</source>
        <translation>--kinds: &apos;{unknown}&apos; is not a kind. Choose from: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/watch.py" line="121"/>
        <source>--since: &apos;{text}&apos;은(는) 순번이 아닙니다. 0 이상의 정수로 적어 주세요.</source>
        <translation>--since: &apos;{text}&apos; is not a sequence number. Please write a whole number of 0 or more.</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/watch.py" line="126"/>
        <source>--since: 순번은 0 이상이어야 합니다 ({seq}).</source>
        <translation>--since: the sequence number must be 0 or more ({seq}).</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/cli/watch.py" line="128"/>
        <source>--since: 순번 {seq}은(는) 너무 큽니다. &apos;minwon-desk watch&apos;가 보여 준 순번을 적어 주세요.</source>
        <translation>--since: sequence number {seq} is too large. Please give a number that &apos;minwon-desk watch&apos; showed.</translation>
    </message>
</context>
<context>
    <name>WorkingClock</name>
    <message>
        <location filename="../../minwon_desk/domain/working_clock.py" line="22"/>
        <source>월</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/working_clock.py" line="22"/>
        <source>화</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/working_clock.py" line="23"/>
        <source>수</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/working_clock.py" line="23"/>
        <source>목</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/working_clock.py" line="24"/>
        <source>금</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/working_clock.py" line="24"/>
        <source>토</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/working_clock.py" line="25"/>
        <source>일</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/working_clock.py" line="28"/>
        <source>오늘 {time}</source>
        <translation>today {time}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/working_clock.py" line="29"/>
        <source>내일 {time}</source>
        <translation>tomorrow {time}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/working_clock.py" line="30"/>
        <source>모레 {time}</source>
        <translation>the day after tomorrow {time}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/working_clock.py" line="52"/>
        <source>{month}/{day}({weekday}) {time}</source>
        <translation>{weekday} {month}/{day} {time}</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/working_clock.py" line="70"/>
        <source>{hours}시간 {minutes}분</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/working_clock.py" line="72"/>
        <source>{hours}시간</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/working_clock.py" line="73"/>
        <source>{minutes}분</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../minwon_desk/domain/working_clock.py" line="88"/>
        <source>근무시간 {span} 남음 · {due}까지</source>
        <translation>{span} of working time left · due {due}</translation>
    </message>
</context>
</TS>
