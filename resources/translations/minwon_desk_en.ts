<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ko_KR">
<context>
    <name>AbsenceForm</name>
    <message>
        <source>하루 종일 ({start}–{end})</source>
        <translation>All day ({start}–{end})</translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation>Sign in first to do this.</translation>
    </message>
    <message>
        <source>자리를 비우는 직원을 골라 주세요.</source>
        <translation>Choose the staff member who will be away.</translation>
    </message>
    <message>
        <source>{name} — {kind} {period}을(를) 등록했습니다.</source>
        <translation>{name} — {kind} {period} registered.</translation>
    </message>
    <message>
        <source>비워 두면 기본 업무대행자 {name} {position}이(가) 대행합니다.</source>
        <translation>Left empty, the default deputy {name} {position} stands in.</translation>
    </message>
    <message>
        <source>기본 업무대행자가 정해져 있지 않습니다. 비워 두면 부서장이 대행합니다.</source>
        <translation>No default deputy is set. Left empty, the head of department stands in.</translation>
    </message>
    <message>
        <source>비워 두면 그 직원의 기본 업무대행자가 대행합니다.</source>
        <translation>Left empty, the staff member&apos;s default deputy stands in.</translation>
    </message>
    <message>
        <source>{name} 님은 퇴직·전출한 직원입니다. 다른 업무대행자를 골라 주세요.</source>
        <translation>{name} has retired or moved. Please choose another deputy.</translation>
    </message>
    <message>
        <source>{name} 님도 {at}에 {status} 중입니다{until}. 다른 업무대행자를 고르는 것이 좋습니다.</source>
        <translation>{name} is also on {status} at {at}{until}. Better choose another deputy.</translation>
    </message>
</context>
<context>
    <name>AbsencesPage</name>
    <message>
        <source>괄호 안은 따로 정하지 않아 대신 맡을 사람입니다.</source>
        <translation>In brackets: who stands in when no deputy was chosen.</translation>
    </message>
    <message>
        <source>(전체 부서)</source>
        <translation>(All departments)</translation>
    </message>
    <message>
        <source>목록에서 취소할 부재 일정을 먼저 고르세요.</source>
        <translation>First choose the absence to cancel in the list.</translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation>Sign in first to do this.</translation>
    </message>
    <message>
        <source>{name} 님의 {kind} ({period})</source>
        <translation>{name}&apos;s {kind} ({period})</translation>
    </message>
    <message>
        <source>{what}을(를) 취소할까요?
취소한 일정은 지워지지 않고 취소된 것으로 기록에 남습니다.</source>
        <translation>Cancel {what}?
A cancelled absence is not deleted; it stays in the records as cancelled.</translation>
    </message>
    <message>
        <source>부재 취소</source>
        <translation>Cancel absence</translation>
    </message>
    <message>
        <source>{what}을(를) 취소했습니다.</source>
        <translation>{what} cancelled.</translation>
    </message>
    <message>
        <source>(안내데스크)</source>
        <translation>(Front desk)</translation>
    </message>
    <message>
        <source>기본 업무대행자가 대행합니다.</source>
        <translation>The default deputy stands in.</translation>
    </message>
    <message>
        <source>(부서장)</source>
        <translation>(Head of department)</translation>
    </message>
    <message>
        <source>기본 업무대행자가 없어 부서장이 대행합니다.</source>
        <translation>No default deputy: the head of department stands in.</translation>
    </message>
    <message>
        <source> (지금)</source>
        <translation> (now)</translation>
    </message>
    <message>
        <source>{n}건</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n}건 / 전체 {t}건</source>
        <translation>{n} of {t}</translation>
    </message>
    <message>
        <source>부재 일정</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>찾기(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>부재 일정 검색</source>
        <translation>Search absences</translation>
    </message>
    <message>
        <source>이름, 초성(ㄱㅈㅇ), 부서</source>
        <translation>Name, initial consonants (ㄱㅈㅇ), department</translation>
    </message>
    <message>
        <source>부서(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>부서로 거르기</source>
        <translation>Filter by department</translation>
    </message>
    <message>
        <source>부재 일정 수</source>
        <translation>Number of absences</translation>
    </message>
    <message>
        <source>부재 일정 목록</source>
        <translation>Absence list</translation>
    </message>
    <message>
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>구분</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>기간</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>업무대행자</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>메모</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>부재 목록 알림</source>
        <translation>Absence list notice</translation>
    </message>
    <message>
        <source>부재 취소… (Del)</source>
        <translation>Cancel absence… (Del)</translation>
    </message>
    <message>
        <source>고른 부재 일정을 취소합니다 (Delete)</source>
        <translation>Cancel the chosen absence (Delete)</translation>
    </message>
    <message>
        <source>부재 등록</source>
        <translation>Register an absence</translation>
    </message>
    <message>
        <source>직원</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>부재 직원</source>
        <translation>Absent staff member</translation>
    </message>
    <message>
        <source>이름, 초성(ㄱㅈㅇ), 부서나 담당업무로 찾습니다.</source>
        <translation>Find by name, initial consonants (ㄱㅈㅇ), department or duties.</translation>
    </message>
    <message>
        <source>부재 직원 오류</source>
        <translation>Absent staff member error</translation>
    </message>
    <message>
        <source>부재 구분</source>
        <translation>Absence type</translation>
    </message>
    <message>
        <source>부재 구분 오류</source>
        <translation>Absence type error</translation>
    </message>
    <message>
        <source>하루 종일</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>시작</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>시작 시각</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>시작 시각 오류</source>
        <translation>Start time error</translation>
    </message>
    <message>
        <source>종료</source>
        <translation>End</translation>
    </message>
    <message>
        <source>종료 시각</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>종료 시각 오류</source>
        <translation>End time error</translation>
    </message>
    <message>
        <source>비워 두면 기본 업무대행자가 대행합니다.</source>
        <translation>Left empty, the default deputy stands in.</translation>
    </message>
    <message>
        <source>업무대행자 오류</source>
        <translation>Deputy error</translation>
    </message>
    <message>
        <source>업무대행자 안내</source>
        <translation>Deputy information</translation>
    </message>
    <message>
        <source>업무대행자 경고</source>
        <translation>Deputy warning</translation>
    </message>
    <message>
        <source>예: 세종청사 회의 (선택)</source>
        <translation>e.g. meeting at Sejong (optional)</translation>
    </message>
    <message>
        <source>메모 오류</source>
        <translation>Note error</translation>
    </message>
    <message>
        <source>새로 쓰기 (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <source>새로 쓰기</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>양식을 비웁니다 (Esc)</source>
        <translation>Empty the form (Esc)</translation>
    </message>
    <message>
        <source>등록 (Enter)</source>
        <translation>Register (Enter)</translation>
    </message>
    <message>
        <source>부재 등록하기</source>
        <translation>Register the absence</translation>
    </message>
    <message>
        <source>부재 일정을 등록합니다 (Enter)</source>
        <translation>Register the absence (Enter)</translation>
    </message>
    <message>
        <source>부재 등록 알림</source>
        <translation>Absence registration notice</translation>
    </message>
    <message>
        <source>새 부재 등록(&amp;N)</source>
        <translation>&amp;New absence</translation>
    </message>
    <message>
        <source>부재 등록 양식의 직원 칸으로 갑니다 (Ctrl+N)</source>
        <translation>Go to the staff field of the absence form (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>부재 취소(&amp;C)…</source>
        <translation>&amp;Cancel absence…</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>사용 중지</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>잠김 ({at}까지)</source>
        <translation>Locked (until {at})</translation>
    </message>
    <message>
        <source>비밀번호 변경 필요</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>사용 중</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>계정·권한 관리</source>
        <translation>Accounts and roles</translation>
    </message>
    <message>
        <source>관리 안내</source>
        <translation>Administration notice</translation>
    </message>
    <message>
        <source>관리 탭</source>
        <translation>Administration tabs</translation>
    </message>
    <message>
        <source>계정(&amp;1)</source>
        <translation>Accounts &amp;1</translation>
    </message>
    <message>
        <source>권한 이력(&amp;2)</source>
        <translation>Role history &amp;2</translation>
    </message>
    <message>
        <source>서비스 토큰(&amp;3)</source>
        <translation>Service tokens &amp;3</translation>
    </message>
    <message>
        <source>보존·파기(&amp;4)</source>
        <translation>Retention and destruction &amp;4</translation>
    </message>
    <message>
        <source>계정 목록</source>
        <translation>Account list</translation>
    </message>
    <message>
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>사번</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>계정</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>역할</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>마지막 로그인</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>새 계정</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>새 계정 사번</source>
        <translation>New account employee no.</translation>
    </message>
    <message>
        <source>비우면 사번으로 로그인</source>
        <translation>Empty: signs in with the employee number</translation>
    </message>
    <message>
        <source>새 계정 이름</source>
        <translation>New account name</translation>
    </message>
    <message>
        <source>새 계정 역할 {role}</source>
        <translation>New account role {role}</translation>
    </message>
    <message>
        <source>계정 만들기(&amp;N)</source>
        <translation>Create &amp;account</translation>
    </message>
    <message>
        <source>계정 만들기</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>사번(&amp;S)</source>
        <translation>Employee &amp;no.</translation>
    </message>
    <message>
        <source>계정 이름(&amp;L)</source>
        <translation>Account &amp;login</translation>
    </message>
    <message>
        <source>고른 계정</source>
        <translation>Chosen account</translation>
    </message>
    <message>
        <source>권한을 주거나 거두는 사유 (필수)</source>
        <translation>Reason for granting or revoking (required)</translation>
    </message>
    <message>
        <source>역할 주기(&amp;G)</source>
        <translation>&amp;Grant role</translation>
    </message>
    <message>
        <source>역할 주기</source>
        <translation>Grant role</translation>
    </message>
    <message>
        <source>역할 거두기(&amp;V)</source>
        <translation>Re&amp;voke role</translation>
    </message>
    <message>
        <source>역할 거두기</source>
        <translation>Revoke role</translation>
    </message>
    <message>
        <source>비밀번호 초기화(&amp;R)</source>
        <translation>&amp;Reset password</translation>
    </message>
    <message>
        <source>비밀번호 초기화</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>사용 중지(&amp;D)</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>다시 사용(&amp;E)</source>
        <translation>&amp;Enable again</translation>
    </message>
    <message>
        <source>다시 사용</source>
        <translation>Enable again</translation>
    </message>
    <message>
        <source>잠금 풀기(&amp;U)</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>잠금 풀기</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>권한 이력</source>
        <translation>Role history</translation>
    </message>
    <message>
        <source>때</source>
        <translation>When</translation>
    </message>
    <message>
        <source>무엇</source>
        <translation>What</translation>
    </message>
    <message>
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>한 사람</source>
        <translation>By</translation>
    </message>
    <message>
        <source>창구</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>서비스 토큰</source>
        <translation>Service tokens</translation>
    </message>
    <message>
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>용도</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>만든 때</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>만든 사람</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>마지막 사용</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>예: 전화연동</source>
        <translation>e.g. phone system</translation>
    </message>
    <message>
        <source>토큰 용도</source>
        <translation>Token purpose</translation>
    </message>
    <message>
        <source>토큰 역할</source>
        <translation>Token role</translation>
    </message>
    <message>
        <source>토큰 만들기(&amp;T)</source>
        <translation>Create &amp;token</translation>
    </message>
    <message>
        <source>토큰 만들기</source>
        <translation>Create token</translation>
    </message>
    <message>
        <source>토큰 폐기(&amp;X)</source>
        <translation>Revoke token (&amp;X)</translation>
    </message>
    <message>
        <source>토큰 폐기</source>
        <translation>Revoke token</translation>
    </message>
    <message>
        <source>폐기됨 {at}</source>
        <translation>Revoked {at}</translation>
    </message>
    <message>
        <source>계정을 만들 직원의 사번을 입력하세요.</source>
        <translation>Enter the employee number of the staff member to create an account for.</translation>
    </message>
    <message>
        <source>{name}({no}) 님의 계정을 만들었습니다. 일회용 비밀번호: {pw} — 지금 한 번만 보입니다. 본인에게 전하세요; 처음 로그인할 때 바꿔야 합니다.</source>
        <translation>Account created for {name} ({no}). One-time password: {pw} — shown only this once. Give it to them in person; they must change it at first sign-in.</translation>
    </message>
    <message>
        <source>{name} 님의 새 일회용 비밀번호: {pw} — 지금 한 번만 보입니다.</source>
        <translation>New one-time password for {name}: {pw} — shown only this once.</translation>
    </message>
    <message>
        <source>사용을 중지했습니다</source>
        <translation>disabled the account</translation>
    </message>
    <message>
        <source>다시 쓸 수 있게 했습니다</source>
        <translation>enabled the account again</translation>
    </message>
    <message>
        <source>잠금을 풀었습니다</source>
        <translation>unlocked the account</translation>
    </message>
    <message>
        <source>토큰 {id}번({purpose})을 만들었습니다. 비밀값: {secret} — 지금 한 번만 보입니다. MINWON_TOKEN으로 쓰세요.</source>
        <translation>Token {id} ({purpose}) created. Secret: {secret} — shown only this once. Use it as MINWON_TOKEN.</translation>
    </message>
    <message>
        <source>폐기할 토큰을 목록에서 고르세요.</source>
        <translation>Choose the token to revoke in the list.</translation>
    </message>
    <message>
        <source>토큰 {id}번을 폐기했습니다.</source>
        <translation>Token {id} revoked.</translation>
    </message>
    <message>
        <source>권한을 주거나 거두는 사유를 입력하세요 (기록에 3년 이상 남습니다).</source>
        <translation>Enter the reason for granting or revoking (kept in the records for at least 3 years).</translation>
    </message>
    <message>
        <source>주었습니다</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>거두었습니다</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>{name} 님에게서 &apos;{role}&apos; 역할을 {done}.</source>
        <translation>Role &apos;{role}&apos; {done} from {name}.</translation>
    </message>
    <message>
        <source>{name} 님에게 &apos;{role}&apos; 역할을 {done}.</source>
        <translation>Role &apos;{role}&apos; {done} to {name}.</translation>
    </message>
    <message>
        <source>목록에서 계정을 고르세요.</source>
        <translation>Choose an account in the list.</translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation>Sign in first to do this.</translation>
    </message>
</context>
<context>
    <name>AnsweredReader</name>
    <message>
        <source>처리 완료된 민원을 읽는 중…</source>
        <translation>Reading closed cases…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>이행표준 파일 오류</source>
        <translation>Service charter file error</translation>
    </message>
    <message>
        <source>데이터 폴더 {path}을(를) 만들 수 없습니다: {error}</source>
        <translation>Cannot create the data folder {path}: {error}</translation>
    </message>
    <message>
        <source>데이터 폴더 오류</source>
        <translation>Data folder error</translation>
    </message>
    <message>
        <source>데이터베이스를 열 수 없습니다</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>민원 데스크를 시작할 수 없습니다</source>
        <translation>Minwon Desk cannot start</translation>
    </message>
    <message>
        <source>민원 데스크</source>
        <translation>Minwon Desk</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>뜻밖의 오류로 작업을 마치지 못했습니다({error}). 다시 해 보고, 되풀이되면 관리자에게 알려 주세요.</source>
        <translation>An unexpected error stopped the work ({error}). Try again, and tell the administrator if it happens again.</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>백업(&amp;B)…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <source>데이터베이스의 일관된 사본을 파일로 저장합니다 (관리자)</source>
        <translation>Save a consistent copy of the database to a file (administrator)</translation>
    </message>
    <message>
        <source>백업</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>백업 파일 저장</source>
        <translation>Save backup file</translation>
    </message>
    <message>
        <source>민원 데스크 백업 (*.mwbak)</source>
        <translation>Minwon Desk backup (*.mwbak)</translation>
    </message>
    <message>
        <source>백업했습니다: {path}</source>
        <translation>Backed up: {path}</translation>
    </message>
    <message>
        <source>백업하는 중…</source>
        <translation>Backing up…</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>민원 {number}은(는) 이미 회신했습니다.</source>
        <translation>Case {number} has already been answered.</translation>
    </message>
    <message>
        <source>민원 {number}은(는) {when}에 이미 회신했습니다.</source>
        <translation>Case {number} was already answered on {when}.</translation>
    </message>
    <message>
        <source>민원 {number}은(는) 이미 다른 기관으로 이송했습니다.</source>
        <translation>Case {number} has already been transferred to another agency.</translation>
    </message>
    <message>
        <source>담당자가 정해지지 않았습니다. {document}에는 담당자가 적히므로 먼저 담당자를 지정해 주세요.</source>
        <translation>No officer is assigned. The {document} names the officer, so please assign one first.</translation>
    </message>
    <message>
        <source>이미 보완을 기다리는 중입니다. 보완을 받았으면 &apos;보완 접수&apos;를 하세요.</source>
        <translation>Already waiting for missing material. When it has arrived, use &apos;Material received&apos;.</translation>
    </message>
    <message>
        <source>처리기한({due})이 이미 지났습니다. 기한이 지난 뒤에는 보완 요청으로 기한을 멈출 수 없습니다. 진행 메모로 남겨 주세요.</source>
        <translation>The deadline ({due}) has passed. Once it has passed, a request for missing material cannot stop the clock. Please record it as a progress note.</translation>
    </message>
    <message>
        <source>보완을 기다리는 민원이 아닙니다. 처리기한은 이미 흐르고 있습니다.</source>
        <translation>This case is not waiting for missing material. Its deadline is already running.</translation>
    </message>
    <message>
        <source>보완을 기다리는 동안에는 처리기한이 멈춰 있어 연장할 필요가 없습니다. 보완을 받은 뒤에 연장하세요.</source>
        <translation>While waiting for missing material the deadline is stopped, so there is no need to extend it. Extend after the material has arrived.</translation>
    </message>
    <message>
        <source>처리기한({due})이 이미 지났습니다. 연장은 기한 전에 민원인에게 알려야 하므로 지금은 연장할 수 없습니다. 처리를 서두르고 지연 사유를 회신에 적어 주세요.</source>
        <translation>The deadline ({due}) has passed. The petitioner must be told of an extension before the deadline, so it cannot be extended now. Hurry the work and give the reason for the delay in the reply.</translation>
    </message>
    <message>
        <source>연장 통지서</source>
        <translation>extension notice</translation>
    </message>
    <message>
        <source>중간 통지서</source>
        <translation>interim notice</translation>
    </message>
    <message>
        <source>1357 현장애로 민원에만 단계가 있습니다.</source>
        <translation>Only 1357 on-site difficulty cases have stages.</translation>
    </message>
    <message>
        <source>회신문</source>
        <translation>reply letter</translation>
    </message>
    <message>
        <source>이 민원에는 결과를 기다리는 현장 방문 계획이 없습니다.</source>
        <translation>This case has no planned site visit awaiting a result.</translation>
    </message>
    <message>
        <source>조사 결과는 불친절·불성실 신고 민원에만 기록합니다.</source>
        <translation>Findings are recorded only for discourtesy or negligence complaints.</translation>
    </message>
    <message>
        <source>문서를 만드는 중…</source>
        <translation>Making the document…</translation>
    </message>
    <message>
        <source>HWPX로 저장…</source>
        <translation>Save as HWPX…</translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation>Sign in first to do this.</translation>
    </message>
    <message>
        <source>담당자 없음 — 담당자를 지정해 주세요</source>
        <translation>No officer — please assign one</translation>
    </message>
    <message>
        <source>민원 {number}을(를) 등록했습니다. 담당 {officer}, 처리기한 {due}.</source>
        <translation>Case {number} registered. Officer {officer}, deadline {due}.</translation>
    </message>
    <message>
        <source>민원 {number}: {label}을(를) 만들었습니다 ({doc}).</source>
        <translation>Case {number}: {label} made ({doc}).</translation>
    </message>
    <message>
        <source>민원 {number}: 현장 방문 — {summary} ({state})</source>
        <translation>Case {number}: site visit — {summary} ({state})</translation>
    </message>
    <message>
        <source>계획</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>결과 기록</source>
        <translation>result recorded</translation>
    </message>
    <message>
        <source>취소</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>민원 {number}: 알림 방법을 {how}(으)로 바꿨습니다.</source>
        <translation>Case {number}: the petitioner will now hear by {how}.</translation>
    </message>
    <message>
        <source>민원 {number}: {title} — 저장했습니다. 처리기한 {due}.</source>
        <translation>Case {number}: {title} — saved. Deadline {due}.</translation>
    </message>
    <message>
        <source>민원</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <source>{number} · {type} · {channel} 접수</source>
        <translation>{number} · {type} · received by {channel}</translation>
    </message>
    <message>
        <source>접수: {at} · {by} ({desk})</source>
        <translation>Received: {at} · {by} ({desk})</translation>
    </message>
    <message>
        <source>알 수 없음</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>민원인: {name}</source>
        <translation>Petitioner: {name}</translation>
    </message>
    <message>
        <source>(이름 없음)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>회신 받을 곳: {contact}</source>
        <translation>Reply to: {contact}</translation>
    </message>
    <message>
        <source>(적지 않음)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>알림: {how}</source>
        <translation>Notices: {how}</translation>
    </message>
    <message>
        <source>담당: {officer} ({dept})</source>
        <translation>Officer: {officer} ({dept})</translation>
    </message>
    <message>
        <source>담당: 아직 지정하지 않음 (담당자 전달 기한 {at})</source>
        <translation>Officer: not assigned yet (to be handed over by {at})</translation>
    </message>
    <message>
        <source>전화메모: {number}</source>
        <translation>Phone memo: {number}</translation>
    </message>
    <message>
        <source>제목: {subject}</source>
        <translation>Subject: {subject}</translation>
    </message>
    <message>
        <source>내용:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>첨부: {names}</source>
        <translation>Attachments: {names}</translation>
    </message>
    <message>
        <source>회신: {at} · {by}</source>
        <translation>Answered: {at} · {by}</translation>
    </message>
    <message>
        <source>처리기간: {period} — {label}</source>
        <translation>Processing period: {period} — {label}</translation>
    </message>
    <message>
        <source>근거: {basis}</source>
        <translation>Basis: {basis}</translation>
    </message>
    <message>
        <source>처음 처리기한: {at}</source>
        <translation>First deadline: {at}</translation>
    </message>
    <message>
        <source>지금 처리기한: {at}</source>
        <translation>Deadline now: {at}</translation>
    </message>
    <message>
        <source>처리기간 연장: {n}회</source>
        <translation>Extensions: {n}</translation>
    </message>
    <message>
        <source>보완 요청 기한: {at} ({left}) — 빠진 서류가 있으면 그 전에 요청하세요</source>
        <translation>Deadline to request missing material: {at} ({left}) — ask before then if a document is missing</translation>
    </message>
    <message>
        <source>보완 대기: {at}부터 기한 멈춤</source>
        <translation>Waiting for material: clock stopped since {at}</translation>
    </message>
    <message>
        <source>보완 요청 사유: {reason}</source>
        <translation>Missing material requested: {reason}</translation>
    </message>
    <message>
        <source> — 지금 보내야 합니다</source>
        <translation> — due now</translation>
    </message>
    <message>
        <source>다음 중간 통지: {at}까지{owed}</source>
        <translation>Next interim notice: by {at}{owed}</translation>
    </message>
    <message>
        <source>상태: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>기한이 통지 없이 지났습니다.</source>
        <translation>The deadline passed without a notice.</translation>
    </message>
    <message>
        <source>기한이 지난 뒤 회신했습니다.</source>
        <translation>Answered after the deadline.</translation>
    </message>
    <message>
        <source> (기한 넘김)</source>
        <translation> (late)</translation>
    </message>
    <message>
        <source>{at} 완료{late}</source>
        <translation>done {at}{late}</translation>
    </message>
    <message>
        <source>기한 지남</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>아직</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>{label} — 기한 {due} · {done}</source>
        <translation>{label} — due {due} · {done}</translation>
    </message>
    <message>
        <source> (기한 {before} → {after})</source>
        <translation> (deadline {before} → {after})</translation>
    </message>
    <message>
        <source>{label} · {number} · {at}</source>
        <translation>{label} · {number} · {at}</translation>
    </message>
    <message>
        <source>고른 민원</source>
        <translation>Chosen case</translation>
    </message>
    <message>
        <source>목록에서 민원을 고르면 민원인, 내용, 처리기한과 이력이 여기에 나옵니다. 목록에서 Enter를 누르면 이곳으로 옵니다.</source>
        <translation>Choose a case in the list to see its petitioner, details, deadline and history here. Press Enter in the list to come here.</translation>
    </message>
    <message>
        <source>고른 민원: {number} {subject}</source>
        <translation>Chosen case: {number} {subject}</translation>
    </message>
    <message>
        <source>Enter 또는 두 번 눌러 알림을 확인하고 보냅니다</source>
        <translation>Press Enter or double-click to review and send the notice</translation>
    </message>
    <message>
        <source>Enter 또는 두 번 눌러 미리 보고 인쇄합니다</source>
        <translation>Press Enter or double-click to preview and print</translation>
    </message>
</context>
<context>
    <name>CaseDialogs</name>
    <message>
        <source>민원</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>기한 안내</source>
        <translation>Deadline information</translation>
    </message>
    <message>
        <source>처리기한 {due} — {since}부터 보완을 기다리는 중이라 멈춰 있습니다.</source>
        <translation>Deadline {due} — stopped while waiting for missing material since {since}.</translation>
    </message>
    <message>
        <source>담당자 없음</source>
        <translation>No officer</translation>
    </message>
    <message>
        <source>담당 {officer} · 처리기한 {due} ({left}, {status})</source>
        <translation>Officer {officer} · deadline {due} ({left}, {status})</translation>
    </message>
    <message>
        <source>담당자 지정</source>
        <translation>Assign officer</translation>
    </message>
    <message>
        <source>지정</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>맡길 직원</source>
        <translation>Staff member to assign</translation>
    </message>
    <message>
        <source>맡길 직원 상태</source>
        <translation>Staff member to assign: status</translation>
    </message>
    <message>
        <source>맡길 직원(&amp;O)</source>
        <translation>Assign &amp;to</translation>
    </message>
    <message>
        <source>이름, 초성, 부서나 업무로 찾기</source>
        <translation>Find by name, initial consonants, department or duties</translation>
    </message>
    <message>
        <source>맡길 직원을 골라 주세요 (이름이나 초성으로 찾기).</source>
        <translation>Please choose the staff member to assign (find by name or initial consonants).</translation>
    </message>
    <message>
        <source>진행 메모</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <source>무엇을 했는지 (예: 관련 부서에 사실관계 확인 요청)</source>
        <translation>What was done (e.g. asked the department concerned to check the facts)</translation>
    </message>
    <message>
        <source>진행 메모(&amp;N)</source>
        <translation>Progress &amp;note</translation>
    </message>
    <message>
        <source>보완 요청</source>
        <translation>Request material</translation>
    </message>
    <message>
        <source>보완 요청 사유</source>
        <translation>Reason for requesting material</translation>
    </message>
    <message>
        <source>무엇이 빠져 있는지 (예: 사업자등록증 사본)</source>
        <translation>What is missing (e.g. copy of business registration)</translation>
    </message>
    <message>
        <source>보완 요청 사유(&amp;R)</source>
        <translation>&amp;Reason for the request</translation>
    </message>
    <message>
        <source>민원인에게 알리는 내용입니다.</source>
        <translation>This is what the petitioner is told.</translation>
    </message>
    <message>
        <source>보완을 요청하면 처리기한이 멈추고, 보완을 받으면 기다린 만큼 뒤로 갑니다.</source>
        <translation>Requesting missing material stops the deadline; when it arrives, the deadline moves back by the time waited.</translation>
    </message>
    <message>
        <source> — 지났습니다. 늦은 요청으로 기록됩니다.</source>
        <translation> — passed. It will be recorded as a late request.</translation>
    </message>
    <message>
        <source>보완 요청 기한: {at} (접수 후 8근무시간){late}</source>
        <translation>Deadline to request missing material: {at} (8 working hours after receipt){late}</translation>
    </message>
    <message>
        <source>보완 접수</source>
        <translation>Material received</translation>
    </message>
    <message>
        <source>보완 접수 메모</source>
        <translation>Material received note</translation>
    </message>
    <message>
        <source>받은 자료 (선택)</source>
        <translation>Material received (optional)</translation>
    </message>
    <message>
        <source>보완 접수 메모(&amp;N)</source>
        <translation>Material received &amp;note</translation>
    </message>
    <message>
        <source>요청한 보완: {reason}</source>
        <translation>Material requested: {reason}</translation>
    </message>
    <message>
        <source>보완을 기다린 근무시간은 처리기간에 넣지 않으므로 처리기한이 그만큼 뒤로 갑니다.</source>
        <translation>Working hours spent waiting for material do not count in the processing period, so the deadline moves back by that much.</translation>
    </message>
    <message>
        <source>처리기간 연장</source>
        <translation>Extend processing period</translation>
    </message>
    <message>
        <source>연장하고 통지서 만들기</source>
        <translation>Extend and make notice</translation>
    </message>
    <message>
        <source>새 처리예정일</source>
        <translation>New planned date</translation>
    </message>
    <message>
        <source>새 처리예정일(&amp;D)</source>
        <translation>New planned &amp;date</translation>
    </message>
    <message>
        <source>연장 사유</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <source>기간 안에 처리할 수 없는 까닭</source>
        <translation>Why the case cannot be handled within the period</translation>
    </message>
    <message>
        <source>연장 사유(&amp;R)</source>
        <translation>&amp;Reason for extension</translation>
    </message>
    <message>
        <source>연장 통지서에 그대로 실립니다.</source>
        <translation>Printed as is on the extension notice.</translation>
    </message>
    <message>
        <source>민원인 동의</source>
        <translation>Petitioner&apos;s consent</translation>
    </message>
    <message>
        <source>예: 7월 9일 전화로 동의 (홍길동 님)</source>
        <translation>e.g. agreed by phone on 9 July (Hong Gildong)</translation>
    </message>
    <message>
        <source>민원인 동의(&amp;C)</source>
        <translation>Petitioner&apos;s &amp;consent</translation>
    </message>
    <message>
        <source>언제, 어떻게 동의했는지 적어 주세요.</source>
        <translation>Please write when and how they agreed.</translation>
    </message>
    <message>
        <source>연장은 처음 처리기간({period})을 넘을 수 없습니다: 가장 늦게 {latest}까지.</source>
        <translation>An extension may not exceed the first processing period ({period}): {latest} at the latest.</translation>
    </message>
    <message>
        <source>이번이 {n}차 연장입니다.</source>
        <translation>This is extension no. {n}.</translation>
    </message>
    <message>
        <source>두 번째 연장부터는 민원인의 동의가 있어야 합니다.</source>
        <translation>From the second extension on, the petitioner must agree.</translation>
    </message>
    <message>
        <source>처리기한이 이미 지났습니다. 연장은 기한 전에만 할 수 있습니다.</source>
        <translation>The deadline has already passed. Extensions can only be made before the deadline.</translation>
    </message>
    <message>
        <source>중간 통지</source>
        <translation>Interim notice</translation>
    </message>
    <message>
        <source>통지서 만들기</source>
        <translation>Make notice</translation>
    </message>
    <message>
        <source>진행 상황</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>지금까지 어떻게 처리하고 있는지</source>
        <translation>How the case is being handled so far</translation>
    </message>
    <message>
        <source>진행 상황(&amp;P)</source>
        <translation>&amp;Progress</translation>
    </message>
    <message>
        <source>처리 예정일</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>처리 예정일(&amp;D)</source>
        <translation>Planned &amp;date</translation>
    </message>
    <message>
        <source>중간 통지 기한: {at}</source>
        <translation>Interim notice due: {at}</translation>
    </message>
    <message>
        <source>이번이 {n}번째 중간 통지입니다.</source>
        <translation>This is interim notice no. {n}.</translation>
    </message>
    <message>
        <source>1357 단계 기록</source>
        <translation>Record 1357 stage</translation>
    </message>
    <message>
        <source>기록</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>단계</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>{label} — {due}까지</source>
        <translation>{label} — by {due}</translation>
    </message>
    <message>
        <source>{label} — {at} 기록함</source>
        <translation>{label} — recorded {at}</translation>
    </message>
    <message>
        <source>이룬 단계(&amp;S)</source>
        <translation>&amp;Stage reached</translation>
    </message>
    <message>
        <source>기록할 단계를 골라 주세요.</source>
        <translation>Please choose the stage to record.</translation>
    </message>
    <message>
        <source>회신</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>회신하고 회신문 만들기</source>
        <translation>Reply and make reply letter</translation>
    </message>
    <message>
        <source>민원 내용</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>회신 내용</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>회신문에 그대로 실릴 답변</source>
        <translation>The answer, printed as is in the reply letter</translation>
    </message>
    <message>
        <source>회신 내용(&amp;A)</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <source>(회신 받을 곳이 적혀 있지 않습니다)</source>
        <translation>(no reply address given)</translation>
    </message>
    <message>
        <source>회신 받을 곳: {contact}</source>
        <translation>Reply to: {contact}</translation>
    </message>
    <message>
        <source>회신문에는 담당자 {officer}의 이름이 실립니다.</source>
        <translation>The reply letter carries the name of the officer, {officer}.</translation>
    </message>
    <message>
        <source>조사 결과 기록</source>
        <translation>Record finding</translation>
    </message>
    <message>
        <source>인정 — 불친절·불성실이 있었습니다(&amp;U)</source>
        <translation>&amp;Upheld — there was discourtesy or negligence</translation>
    </message>
    <message>
        <source>인정</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <source>불인정 — 확인되지 않았습니다(&amp;D)</source>
        <translation>Not upheld — it was not confirmed (&amp;D)</translation>
    </message>
    <message>
        <source>불인정</source>
        <translation>Not upheld</translation>
    </message>
    <message>
        <source>조사 결과</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>확인한 내용</source>
        <translation>What was checked</translation>
    </message>
    <message>
        <source>무엇으로 확인했는지 (예: CCTV와 당사자 진술)</source>
        <translation>How it was checked (e.g. CCTV and statements of those involved)</translation>
    </message>
    <message>
        <source>확인한 내용(&amp;N)</source>
        <translation>What was &amp;checked</translation>
    </message>
    <message>
        <source>보상 검토의 근거로 남습니다. 한 번 기록하면 바꿀 수 없습니다.</source>
        <translation>Kept as the basis for the compensation review. Once recorded, it cannot be changed.</translation>
    </message>
    <message>
        <source>불친절·불성실 신고의 조사 결과를 기록합니다.</source>
        <translation>Record the finding on a discourtesy or negligence complaint.</translation>
    </message>
    <message>
        <source>인정하면 보상 후보가 되어 감독자가 보상 여부를 결정합니다.</source>
        <translation>If upheld, it becomes a compensation candidate and a supervisor decides on compensation.</translation>
    </message>
    <message>
        <source>인정인지 불인정인지 골라 주세요.</source>
        <translation>Please choose upheld or not upheld.</translation>
    </message>
    <message>
        <source>현장 방문 계획</source>
        <translation>Plan a site visit</translation>
    </message>
    <message>
        <source>계획 기록</source>
        <translation>Save the plan</translation>
    </message>
    <message>
        <source>현장 방문 결과</source>
        <translation>Site visit result</translation>
    </message>
    <message>
        <source>다른 기관으로 이송</source>
        <translation>Transfer to another agency</translation>
    </message>
    <message>
        <source>이송하고 이송 통지 만들기</source>
        <translation>Transfer and make the notice</translation>
    </message>
    <message>
        <source>알림 방법 변경</source>
        <translation>Change how to notify</translation>
    </message>
    <message>
        <source>바꾸기</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>CaseFilters</name>
    <message>
        <source>처리 중</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>전체 상태</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>모든 부서</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>{state} {n}건</source>
        <translation>{state}: {n}</translation>
    </message>
    <message>
        <source>처리 완료 민원을 불러오는 중…</source>
        <translation>Loading closed cases…</translation>
    </message>
    <message>
        <source>모든 담당자 (이름이나 초성으로 찾기)</source>
        <translation>All officers (find by name or initial consonants)</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>처리기한 {due} — {period}, {rule}</source>
        <translation>Deadline {due} — {period}, {rule}</translation>
    </message>
    <message>
        <source>민원 접수</source>
        <translation>Case intake</translation>
    </message>
    <message>
        <source>같은 민원인·제목의 민원이 {at}에 이미 접수되었습니다: {number} ({who}, &apos;{subject}&apos;).
같은 민원이면 연결하여 등록하고, 다른 민원이면 그대로 등록하세요.</source>
        <translation>A case with the same petitioner and subject was already received on {at}: {number} ({who}, &apos;{subject}&apos;).
If it is the same case, register it linked; if not, register it as is.</translation>
    </message>
    <message>
        <source>같은 민원일 수 있습니다</source>
        <translation>This may be the same case</translation>
    </message>
    <message>
        <source>연결하여 등록(&amp;L)</source>
        <translation>Register &amp;linked</translation>
    </message>
    <message>
        <source>그대로 등록(&amp;R)</source>
        <translation>Register as &amp;is</translation>
    </message>
    <message>
        <source>돌아가기</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>전화메모 {number}에서 가져왔습니다.</source>
        <translation>Taken from phone memo {number}.</translation>
    </message>
    <message>
        <source>접수 시각은 전화를 받은 때({at})로 합니다.</source>
        <translation>The time received is when the call was taken ({at}).</translation>
    </message>
    <message>
        <source>민원 등록 — 전화메모에서</source>
        <translation>Register a case — from a phone memo</translation>
    </message>
    <message>
        <source>이메일 주소 (예: hong@example.com)</source>
        <translation>Email address (e.g. hong@example.com)</translation>
    </message>
    <message>
        <source>휴대전화 번호 (예: 010-1234-5678)</source>
        <translation>Mobile number (e.g. 010-1234-5678)</translation>
    </message>
    <message>
        <source>담당자가 전화로 알립니다</source>
        <translation>The officer calls the petitioner</translation>
    </message>
    <message>
        <source>알리지 않습니다</source>
        <translation>No notices</translation>
    </message>
    <message>
        <source>업무대행자</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>{name}에게 (F3)</source>
        <translation>To {name} (F3)</translation>
    </message>
    <message>
        <source>지금 맡을 사람이 없어 담당자 없이 등록됩니다. 등록한 뒤 담당자를 지정해 주세요.</source>
        <translation>No one can take it now, so it is registered without an officer. Please assign one after registering.</translation>
    </message>
    <message>
        <source>지금은 {holder}이(가) 맡습니다.</source>
        <translation>{holder} is handling it now.</translation>
    </message>
    <message>
        <source>적은 내용이 있습니다. 버리고 닫으려면 Esc를 한 번 더 누르세요.</source>
        <translation>Something has been typed. Press Esc once more to discard it and close.</translation>
    </message>
    <message>
        <source>민원 등록</source>
        <translation>Register a case</translation>
    </message>
    <message>
        <source>가져온 전화메모</source>
        <translation>Phone memo taken over</translation>
    </message>
    <message>
        <source>종류(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>민원 종류</source>
        <translation>Case kind</translation>
    </message>
    <message>
        <source>민원 종류 오류</source>
        <translation>Case kind error</translation>
    </message>
    <message>
        <source>접수 경로(&amp;R)</source>
        <translation>&amp;Received by</translation>
    </message>
    <message>
        <source>접수 경로</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>접수 경로 오류</source>
        <translation>Received by error</translation>
    </message>
    <message>
        <source>처리기한 안내</source>
        <translation>Deadline information</translation>
    </message>
    <message>
        <source>민원인 이름(&amp;N)</source>
        <translation>Petitioner&apos;s &amp;name</translation>
    </message>
    <message>
        <source>예: 홍길동 (선택)</source>
        <translation>e.g. Hong Gildong (optional)</translation>
    </message>
    <message>
        <source>민원인 이름</source>
        <translation>Petitioner&apos;s name</translation>
    </message>
    <message>
        <source>회신에 필요한 것만 묻습니다: 이름과 회신 받을 곳. 주민등록번호는 받지 않습니다.</source>
        <translation>Only what the reply needs is asked: a name and where to reply. No resident registration number is taken.</translation>
    </message>
    <message>
        <source>민원인 정보 안내</source>
        <translation>Petitioner information</translation>
    </message>
    <message>
        <source>민원인 이름 오류</source>
        <translation>Petitioner&apos;s name error</translation>
    </message>
    <message>
        <source>회신 받을 곳(&amp;A)</source>
        <translation>Reply &amp;to</translation>
    </message>
    <message>
        <source>주소, 이메일 또는 전화번호</source>
        <translation>Address, email or phone number</translation>
    </message>
    <message>
        <source>회신 받을 곳</source>
        <translation>Reply to</translation>
    </message>
    <message>
        <source>회신 받을 곳 오류</source>
        <translation>Reply to error</translation>
    </message>
    <message>
        <source>제목(&amp;S)</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <source>민원의 요지를 한 줄로</source>
        <translation>The gist of the case in one line</translation>
    </message>
    <message>
        <source>제목</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>제목 오류</source>
        <translation>Subject error</translation>
    </message>
    <message>
        <source>내용(&amp;C)</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>민원인이 묻거나 바라는 것 (Ctrl+Enter로 등록)</source>
        <translation>What the petitioner asks or wants (Ctrl+Enter registers)</translation>
    </message>
    <message>
        <source>내용</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>내용 오류</source>
        <translation>Details error</translation>
    </message>
    <message>
        <source>첨부 파일(&amp;F)</source>
        <translation>Attached &amp;files</translation>
    </message>
    <message>
        <source>받은 파일 이름을 한 줄에 하나씩 (이름만)</source>
        <translation>Names of the files received, one per line (names only)</translation>
    </message>
    <message>
        <source>첨부 파일 이름</source>
        <translation>Attached file names</translation>
    </message>
    <message>
        <source>첨부 파일 오류</source>
        <translation>Attached files error</translation>
    </message>
    <message>
        <source>담당자(&amp;O)</source>
        <translation>&amp;Officer</translation>
    </message>
    <message>
        <source>담당자</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>담당자가 자리를 비웠습니다. 지금 업무를 대신하는 직원에게 맡깁니다 (F3)</source>
        <translation>The officer is away. Give it to the staff member standing in now (F3)</translation>
    </message>
    <message>
        <source>업무대행자에게 맡기기</source>
        <translation>Give it to the deputy</translation>
    </message>
    <message>
        <source>담당자 상태</source>
        <translation>Officer status</translation>
    </message>
    <message>
        <source>담당자 오류</source>
        <translation>Officer error</translation>
    </message>
    <message>
        <source>알림 방법(&amp;T)</source>
        <translation>No&amp;tify by</translation>
    </message>
    <message>
        <source>접수·연장·중간·회신 때 민원인에게 알리는 방법. 이메일·문자는 단계마다 보냅니다</source>
        <translation>How the petitioner is told at receipt, extension, interim notice and reply. Email and text messages are sent at each step</translation>
    </message>
    <message>
        <source>알림 방법</source>
        <translation>Notify by</translation>
    </message>
    <message>
        <source>알림 받을 주소</source>
        <translation>Notice address</translation>
    </message>
    <message>
        <source>알림 방법 오류</source>
        <translation>Notification error</translation>
    </message>
    <message>
        <source>등록하면 접수증 미리보기(&amp;P)</source>
        <translation>&amp;Preview the receipt after registering</translation>
    </message>
    <message>
        <source>접수증 미리보기</source>
        <translation>Preview the receipt</translation>
    </message>
    <message>
        <source>등록 결과</source>
        <translation>Registration result</translation>
    </message>
    <message>
        <source>Enter 등록 · 내용 안에서는 Ctrl+Enter · F3 업무대행자에게 · Esc 닫기</source>
        <translation>Enter registers · Ctrl+Enter inside the details · F3 to the deputy · Esc closes</translation>
    </message>
    <message>
        <source>등록</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>민원을 등록하고 접수번호와 처리기한을 정합니다 (Enter)</source>
        <translation>Register the case and give it a case number and a deadline (Enter)</translation>
    </message>
    <message>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>등록하지 않고 닫습니다 (Esc)</source>
        <translation>Close without registering (Esc)</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>접수번호</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>접수일시</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>제목</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>민원인</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <source>담당자</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>처리기한</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>남은 시간</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>알림</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>(지정 전)</source>
        <translation>(not assigned)</translation>
    </message>
</context>
<context>
    <name>CaseNotices</name>
    <message>
        <source>보내지 않음</source>
        <translation>Don&apos;t send</translation>
    </message>
    <message>
        <source>이 알림을 보내지 않습니다. 전화나 우편으로 알려 주세요 (Esc)</source>
        <translation>Don&apos;t send this notice. Tell the petitioner by phone or post instead (Esc)</translation>
    </message>
    <message>
        <source>{label} · {number}</source>
        <translation>{label} · {number}</translation>
    </message>
    <message>
        <source>{channel}: {to}</source>
        <translation>{channel}: {to}</translation>
    </message>
    <message>
        <source>고친 뒤 보내거나, 보내지 않을 수 있습니다.</source>
        <translation>Edit it and send it, or don&apos;t send it.</translation>
    </message>
    <message>
        <source>제목</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>알림 내용</source>
        <translation>Notice text</translation>
    </message>
    <message>
        <source>제목(&amp;S)</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <source>회신문(PDF)을 붙여 보냅니다.</source>
        <translation>The reply letter (PDF) is attached.</translation>
    </message>
    <message>
        <source>내용(&amp;B)</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>문자(&amp;B)</source>
        <translation>Text &amp;body</translation>
    </message>
    <message>
        <source>{n:,} / {max:,}바이트 (장문 문자 한 통)</source>
        <translation>{n:,} / {max:,} bytes (one long text message)</translation>
    </message>
    <message>
        <source>중간 통지 보내기</source>
        <translation>Send the interim notice</translation>
    </message>
    <message>
        <source>알림을 보내는 중…</source>
        <translation>Sending notices…</translation>
    </message>
    <message>
        <source>전화 메모 {number}의 {label}을(를) 보내지 못했습니다: {why}</source>
        <translation>Could not send the {label} for phone memo {number}: {why}</translation>
    </message>
    <message>
        <source>보내기</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>민원인 알림 확인</source>
        <translation>Check the notice to the petitioner</translation>
    </message>
    <message>
        <source>알림</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>받는 곳</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>나중에</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>보내지 않고 닫습니다. 민원은 계속 &apos;중간 통지 필요&apos;로 표시됩니다 (Esc)</source>
        <translation>Close without sending. The case stays marked &apos;interim notice due&apos; (Esc)</translation>
    </message>
    <message>
        <source>통지 기한 {due} · 이번이 {n}번째 중간 통지입니다.</source>
        <translation>Due by {due} · this is interim notice no. {n}.</translation>
    </message>
    <message>
        <source>보내면 중간 통지서가 만들어지고 이력에 남습니다. 고친 뒤 보낼 수 있습니다.</source>
        <translation>Sending it issues the interim notice and records it in the history. You may edit it before sending.</translation>
    </message>
    <message>
        <source>민원 {number}의 {label}을(를) 보내지 못했습니다: {why}</source>
        <translation>Could not send the {label} for case {number}: {why}</translation>
    </message>
    <message>
        <source>{label} → {to} · {state}</source>
        <translation>{label} → {to} · {state}</translation>
    </message>
</context>
<context>
    <name>CaseNotify</name>
    <message>
        <source>전화 (담당자가 전화로 알림)</source>
        <translation>Phone (the officer calls)</translation>
    </message>
    <message>
        <source>이메일</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>문자</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>알리지 않음</source>
        <translation>No notices</translation>
    </message>
    <message>
        <source>알릴 방법</source>
        <translation>How to notify</translation>
    </message>
    <message>
        <source>알림 받을 곳</source>
        <translation>Where to send notices</translation>
    </message>
    <message>
        <source>알릴 방법(&amp;H)</source>
        <translation>&amp;How to notify</translation>
    </message>
    <message>
        <source>받을 곳(&amp;A)</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>지금: {how}</source>
        <translation>Now: {how}</translation>
    </message>
    <message>
        <source>바꾸면 다음 단계의 알림부터 새 방법으로 갑니다. 이미 보낸 알림은 다시 보내지 않습니다.</source>
        <translation>From the next stage on, notices go the new way. Notices already sent are not sent again.</translation>
    </message>
    <message>
        <source>이메일 주소 (예: hong@example.com)</source>
        <translation>Email address (e.g. hong@example.com)</translation>
    </message>
    <message>
        <source>휴대전화 번호 (예: 010-1234-5678)</source>
        <translation>Mobile number (e.g. 010-1234-5678)</translation>
    </message>
    <message>
        <source>담당자가 전화로 알립니다</source>
        <translation>The officer calls the petitioner</translation>
    </message>
    <message>
        <source>알리지 않습니다</source>
        <translation>No notices</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>민원 처리부(&amp;B)…</source>
        <translation>Case register (&amp;B)…</translation>
    </message>
    <message>
        <source>기간의 민원을 접수 순서대로 보고 XLSX·PDF로 저장합니다 (Ctrl+Shift+B)</source>
        <translation>See a period&apos;s cases in order of receipt and save them as XLSX or PDF (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>처리 완료 민원을 읽지 못했습니다: {why}</source>
        <translation>Could not read the closed cases: {why}</translation>
    </message>
    <message>
        <source>로그인한 뒤에 민원 내용을 볼 수 있습니다.</source>
        <translation>Sign in to see the case details.</translation>
    </message>
    <message>
        <source>민원 상세</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>민원 처리</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>새 민원</source>
        <translation>New</translation>
    </message>
    <message>
        <source>담당자 지정</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>진행 메모</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>보완 요청</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>보완 접수</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>기한 연장</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>중간 통지</source>
        <translation>Interim</translation>
    </message>
    <message>
        <source>1357 단계</source>
        <translation>1357</translation>
    </message>
    <message>
        <source>회신</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>문서</source>
        <translation>Docs</translation>
    </message>
    <message>
        <source>민원 처리 안내</source>
        <translation>Case notice</translation>
    </message>
    <message>
        <source>민원 목록</source>
        <translation>Case lists</translation>
    </message>
    <message>
        <source>내 민원</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>내 민원 요약</source>
        <translation>My cases summary</translation>
    </message>
    <message>
        <source>내 민원 목록</source>
        <translation>My case list</translation>
    </message>
    <message>
        <source>전체 민원</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>상태(&amp;S)</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>민원 상태로 거르기</source>
        <translation>Filter cases by status</translation>
    </message>
    <message>
        <source>부서(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>민원 부서로 거르기</source>
        <translation>Filter cases by department</translation>
    </message>
    <message>
        <source>담당자(&amp;O)</source>
        <translation>&amp;Officer</translation>
    </message>
    <message>
        <source>민원 담당자로 거르기</source>
        <translation>Filter cases by officer</translation>
    </message>
    <message>
        <source>통지 없이 기한 지남만(&amp;L)</source>
        <translation>Overdue without notice on&amp;ly</translation>
    </message>
    <message>
        <source>통지 없이 기한 지남만</source>
        <translation>Overdue without notice only</translation>
    </message>
    <message>
        <source>민원 담당자로 거르기 오류</source>
        <translation>Filter cases by officer error</translation>
    </message>
    <message>
        <source>전체 민원 요약</source>
        <translation>All cases summary</translation>
    </message>
    <message>
        <source>전체 민원 목록</source>
        <translation>All case list</translation>
    </message>
    <message>
        <source>고른 민원</source>
        <translation>Chosen case</translation>
    </message>
    <message>
        <source>민원 내용</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>민원 처리기한</source>
        <translation>Case deadline</translation>
    </message>
    <message>
        <source>1357 단계 기한</source>
        <translation>1357 stage deadlines</translation>
    </message>
    <message>
        <source>처리 이력(&amp;H)</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>민원 처리 이력</source>
        <translation>Case history</translation>
    </message>
    <message>
        <source>발급 문서 (Enter로 열기)</source>
        <translation>Documents issued (Enter opens)</translation>
    </message>
    <message>
        <source>민원 발급 문서</source>
        <translation>Case documents</translation>
    </message>
    <message>
        <source>새 민원 접수(&amp;N)…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>민원을 접수하고 접수번호와 처리기한을 받습니다 (Ctrl+N)</source>
        <translation>Receive a case and get its case number and deadline (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>내 민원(&amp;M)</source>
        <translation>&amp;My cases</translation>
    </message>
    <message>
        <source>이 창구 근무자가 맡은 민원, 남은 시간이 적은 것부터</source>
        <translation>Cases held by the person at this desk, least time left first</translation>
    </message>
    <message>
        <source>전체 민원(&amp;A)</source>
        <translation>&amp;All cases</translation>
    </message>
    <message>
        <source>모든 민원을 상태·부서·담당자로 거릅니다</source>
        <translation>Filter all cases by status, department and officer</translation>
    </message>
    <message>
        <source>담당자 지정(&amp;O)…</source>
        <translation>Assign &amp;officer…</translation>
    </message>
    <message>
        <source>고른 민원을 맡을 직원을 정합니다 (Ctrl+Shift+O)</source>
        <translation>Choose the staff member to handle the chosen case (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>진행 메모(&amp;W)…</source>
        <translation>Progress note (&amp;W)…</translation>
    </message>
    <message>
        <source>한 일을 처리 이력에 적습니다. 기한은 그대로입니다 (Ctrl+Shift+W)</source>
        <translation>Write what was done in the history. The deadline stays (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>보완 요청(&amp;P)…</source>
        <translation>Request material (&amp;P)…</translation>
    </message>
    <message>
        <source>민원인에게 빠진 서류를 요청합니다. 그동안 기한이 멈춥니다 (Ctrl+Shift+P)</source>
        <translation>Ask the petitioner for missing papers. The deadline stops meanwhile (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>보완 접수(&amp;R)…</source>
        <translation>Material &amp;received…</translation>
    </message>
    <message>
        <source>요청한 서류가 왔습니다. 기한이 다시 흐릅니다 (Ctrl+Shift+R)</source>
        <translation>The requested papers have arrived. The deadline runs again (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>기한 연장(&amp;X)…</source>
        <translation>E&amp;xtend deadline…</translation>
    </message>
    <message>
        <source>기한 전에 처리기간을 연장하고 연장 통지서를 만듭니다 (Ctrl+Shift+X)</source>
        <translation>Extend the processing period before the deadline and make an extension notice (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>중간 통지(&amp;I)…</source>
        <translation>&amp;Interim notice…</translation>
    </message>
    <message>
        <source>진행 상황과 처리 예정일을 민원인에게 알립니다 (Ctrl+Shift+I)</source>
        <translation>Tell the petitioner the progress and the planned date (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>1357 단계 기록(&amp;L)…</source>
        <translation>Record 1357 stage (&amp;L)…</translation>
    </message>
    <message>
        <source>1357 현장애로 민원의 단계(출동, 해소…)에 이른 때를 적습니다 (Ctrl+Shift+L)</source>
        <translation>Record when a 1357 on-site difficulty case reached a stage (dispatched, resolved…) (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>회신(&amp;Y)…</source>
        <translation>Repl&amp;y…</translation>
    </message>
    <message>
        <source>회신 내용을 적어 민원을 마치고 회신문을 만듭니다 (Ctrl+Shift+Y)</source>
        <translation>Write the reply, close the case and make the reply letter (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>문서 보기·인쇄(&amp;D)</source>
        <translation>View or print &amp;documents</translation>
    </message>
    <message>
        <source>고른 민원의 접수증, 회신문, 연장 통지, 중간 통지를 엽니다 (Ctrl+P)</source>
        <translation>Open the chosen case&apos;s receipt, reply letter, extension notice or interim notice (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>접수증</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>고른 민원의 접수증을 엽니다</source>
        <translation>Open the chosen case&apos;s receipt</translation>
    </message>
    <message>
        <source>회신문</source>
        <translation>Reply letter</translation>
    </message>
    <message>
        <source>회신한 민원의 회신문을 엽니다</source>
        <translation>Open the reply letter of an answered case</translation>
    </message>
    <message>
        <source>처리기간 연장 통지</source>
        <translation>Extension notice</translation>
    </message>
    <message>
        <source>가장 최근의 연장 통지서를 엽니다</source>
        <translation>Open the latest extension notice</translation>
    </message>
    <message>
        <source>가장 최근의 중간 통지서를 엽니다</source>
        <translation>Open the latest interim notice</translation>
    </message>
</context>
<context>
    <name>CaseRegister</name>
    <message>
        <source>순번</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>접수번호</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>접수 일시</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>민원인</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <source>연락처</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>민원 요지</source>
        <translation>Gist</translation>
    </message>
    <message>
        <source>처리 부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>담당자</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>처리기한</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>연장</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>처리 결과</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>민원 처리부</source>
        <translation>Case register</translation>
    </message>
    <message>
        <source>요약</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>민원 처리부 목록</source>
        <translation>Case register list</translation>
    </message>
    <message>
        <source>알림</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>읽는 중…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>민원 처리부를 읽는 중…</source>
        <translation>Reading the case register…</translation>
    </message>
    <message>
        <source>먼저 기간을 정하고 [보기]를 누르세요.</source>
        <translation>Choose a period first, then press [View].</translation>
    </message>
    <message>
        <source>민원 처리부 {count}건</source>
        <translation>Case register: {count} cases</translation>
    </message>
    <message>
        <source>엑셀 파일 (*.xlsx)</source>
        <translation>Excel file (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF 파일 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>한글 파일 (*.hwpx)</source>
        <translation>Hangul file (*.hwpx)</translation>
    </message>
    <message>
        <source>민원 처리부 저장</source>
        <translation>Save case register</translation>
    </message>
    <message>
        <source>민원 처리부를 만드는 중…</source>
        <translation>Making the case register…</translation>
    </message>
    <message>
        <source>{period} · {count}건 (접수 순서, 개인정보는 가려 보입니다)</source>
        <translation>{period} · {count} cases (in order of receipt, personal data masked)</translation>
    </message>
    <message>
        <source>{period}에 접수된 민원이 없습니다.</source>
        <translation>No cases were received in {period}.</translation>
    </message>
    <message>
        <source>저장했습니다: {path} ({count}건)</source>
        <translation>Saved: {path} ({count} cases)</translation>
    </message>
    <message>
        <source>시작 날짜</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>끝 날짜</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>보기</source>
        <translation>View</translation>
    </message>
    <message>
        <source>기간(&amp;P)</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>부서(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>엑셀로 저장(&amp;X)…</source>
        <translation>Save as E&amp;xcel…</translation>
    </message>
    <message>
        <source>PDF로 저장(&amp;F)…</source>
        <translation>Save as PD&amp;F…</translation>
    </message>
    <message>
        <source>한글로 저장(&amp;H)…</source>
        <translation>Save as &amp;Hangul…</translation>
    </message>
    <message>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>사유를 적고 XLSX 파일로 저장합니다 (Ctrl+S)</source>
        <translation>Give a reason and save as an XLSX file (Ctrl+S)</translation>
    </message>
    <message>
        <source>사유를 적고 PDF 파일로 저장합니다 (Ctrl+Shift+S)</source>
        <translation>Give a reason and save as a PDF file (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>사유를 적고 HWPX(한글) 파일로 저장합니다</source>
        <translation>Give a reason and save as an HWPX (Hangul) file</translation>
    </message>
    <message>
        <source>전체</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>CaseReminders</name>
    <message>
        <source>처리기한 임박</source>
        <translation>Deadline near</translation>
    </message>
    <message>
        <source>오늘이 처리기한</source>
        <translation>Deadline today</translation>
    </message>
    <message>
        <source>처리기한 지남</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <source>중간 통지 필요</source>
        <translation>Interim notice due</translation>
    </message>
    <message>
        <source>{stage} — 민원 {number}</source>
        <translation>{stage} — case {number}</translation>
    </message>
    <message>
        <source>{subject} · 통지 기한 {due} · 민원을 열면 준비된 통지를 확인하고 보낼 수 있습니다</source>
        <translation>{subject} · due {due} · open the case to review and send the prepared notice</translation>
    </message>
    <message>
        <source>{subject} · 기한 {due}</source>
        <translation>{subject} · due {due}</translation>
    </message>
    <message>
        <source> · 담당 {officer} (부서 민원)</source>
        <translation> · officer {officer} (department case)</translation>
    </message>
    <message>
        <source>없음</source>
        <translation>none</translation>
    </message>
    <message>
        <source>독촉 확인</source>
        <translation>Reminder seen</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>회신함 · {at}</source>
        <translation>Answered · {at}</translation>
    </message>
    <message>
        <source> ({late} 늦음)</source>
        <translation> ({late} late)</translation>
    </message>
    <message>
        <source>멈춤 · {left}</source>
        <translation>Stopped · {left}</translation>
    </message>
    <message>
        <source>0초 지남</source>
        <translation>overdue by 0 s</translation>
    </message>
    <message>
        <source> · 연장됨</source>
        <translation> · extended</translation>
    </message>
    <message>
        <source> ({n}회)</source>
        <translation> ({n}×)</translation>
    </message>
    <message>
        <source>늦게 회신</source>
        <translation>Answered late</translation>
    </message>
    <message>
        <source>기한 지남·통지 없음</source>
        <translation>Overdue, no notice</translation>
    </message>
    <message>
        <source>중간 통지 필요</source>
        <translation>Interim notice due</translation>
    </message>
    <message>
        <source>접수 {at}</source>
        <translation>Received {at}</translation>
    </message>
    <message>
        <source>임박 {at}부터</source>
        <translation>Due soon from {at}</translation>
    </message>
    <message>
        <source>처리기한 {at}</source>
        <translation>Deadline {at}</translation>
    </message>
    <message>
        <source>처리기간 연장 {n}회</source>
        <translation>Extended {n}×</translation>
    </message>
    <message>
        <source>보완 요청으로 {at}부터 기한 멈춤</source>
        <translation>Deadline stopped since {at} for missing material</translation>
    </message>
    <message>
        <source>다음 중간 통지 {at}까지</source>
        <translation>Next interim notice by {at}</translation>
    </message>
    <message>
        <source>회신 {at}</source>
        <translation>Answered {at}</translation>
    </message>
    <message>
        <source>임박 {n}</source>
        <translation>due soon {n}</translation>
    </message>
    <message>
        <source>지남 {n}</source>
        <translation>overdue {n}</translation>
    </message>
    <message>
        <source>민원 처리</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>로그인하면 그 사람이 맡은 민원이 여기에 나옵니다.</source>
        <translation>After sign-in, the cases this person handles appear here.</translation>
    </message>
    <message>
        <source>맡은 민원 가운데 처리 중인 것이 없습니다.</source>
        <translation>None of the cases held is in progress.</translation>
    </message>
    <message>
        <source>맡은 민원 {n}건</source>
        <translation>{n} cases held</translation>
    </message>
</context>
<context>
    <name>CaseToolbar</name>
    <message>
        <source>현장 방문 계획(&amp;V)…</source>
        <translation>Plan site &amp;visit…</translation>
    </message>
    <message>
        <source>고객과 협의한 기업 현장 방문을 계획합니다 (가는 사람은 최소로)</source>
        <translation>Plan a visit to the company&apos;s site as agreed with the customer (send as few people as needed)</translation>
    </message>
    <message>
        <source>현장 방문 결과(&amp;W)…</source>
        <translation>Site visit result (&amp;W)…</translation>
    </message>
    <message>
        <source>다녀온 현장 방문의 결과나 취소 사유를 적습니다</source>
        <translation>Record the result of a site visit, or why it was cancelled</translation>
    </message>
    <message>
        <source>알림 방법 변경(&amp;H)…</source>
        <translation>C&amp;hange how to notify…</translation>
    </message>
    <message>
        <source>민원인이 진행 상황을 받을 방법(전화·이메일·문자)을 바꿉니다 (Ctrl+Shift+H)</source>
        <translation>Change how the petitioner hears about the case (phone, e-mail, text) (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>조사 결과 기록(&amp;F)…</source>
        <translation>Record &amp;finding…</translation>
    </message>
    <message>
        <source>조사 결과</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>불친절·불성실 신고의 조사 결과(인정·불인정)를 적습니다. 인정하면 보상 후보가 됩니다 (Ctrl+Shift+F)</source>
        <translation>Record the finding (upheld or not) on a discourtesy or negligence complaint. If upheld, it becomes a compensation candidate (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>조사 결과 기록</source>
        <translation>Record finding</translation>
    </message>
    <message>
        <source>다른 기관으로 이송(&amp;G)…</source>
        <translation>Transfer to another a&amp;gency…</translation>
    </message>
    <message>
        <source>다른 기관 소관인 민원을 사유와 함께 그 기관으로 보내고 이송 통지를 만듭니다 (Ctrl+Shift+G)</source>
        <translation>Send a case that belongs to another agency there, with the reason, and make the transfer notice (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>목록에서 민원을 먼저 고르세요.</source>
        <translation>First choose a case in the list.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>자료 없음</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>목표 {value}</source>
        <translation>target {value}</translation>
    </message>
    <message>
        <source>({target} 미달)</source>
        <translation>({target} not met)</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>{status} 중</source>
        <translation>on {status}</translation>
    </message>
    <message>
        <source> — 업무대행 {name}</source>
        <translation> — deputy {name}</translation>
    </message>
    <message>
        <source>담당자</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>{words}. F3: {deputy} 님에게 접수 · Enter 한 번 더: 그래도 {name} 님 앞으로 접수</source>
        <translation>{words}. F3: register to {deputy} · Enter again: register to {name} anyway</translation>
    </message>
    <message>
        <source>{words}. Enter 한 번 더: 그래도 {name} 님 앞으로 접수</source>
        <translation>{words}. Enter again: register to {name} anyway</translation>
    </message>
    <message>
        <source>데이터베이스를 여는 중입니다. 잠시 후 다시 눌러 주세요.</source>
        <translation>The database is opening. Please press again in a moment.</translation>
    </message>
    <message>
        <source>{name}에게 (F3)</source>
        <translation>To {name} (F3)</translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation>Sign in first to do this.</translation>
    </message>
    <message>
        <source>방문객 접수</source>
        <translation>Visitor check-in</translation>
    </message>
    <message>
        <source>{problem}
입력한 내용은 그대로 있습니다. 원인을 해결한 뒤 Enter를 눌러 다시 접수하세요.</source>
        <translation>{problem}
What was typed is kept. Fix the cause, then press Enter to check in again.</translation>
    </message>
    <message>
        <source>{name} 님을 접수했습니다.</source>
        <translation>{name} checked in.</translation>
    </message>
    <message>
        <source>응대 시작(F2)과 퇴실(F4)은 대기 현황에서 방문객을 고른 뒤에 누르세요 (Ctrl+B로 이동).</source>
        <translation>Start service (F2) and check-out (F4) work once a visitor is chosen on the waiting board (Ctrl+B goes there).</translation>
    </message>
    <message>
        <source>— 찾은 지난 방문 없음 —</source>
        <translation>— no earlier visit found —</translation>
    </message>
    <message>
        <source>성명이나 연락처가 같은 지난 방문이 없습니다. 성명과 연락처를 확인해 주세요.</source>
        <translation>No earlier visit has the same name or contact. Please check the name and contact.</translation>
    </message>
    <message>
        <source>성명이나 연락처를 먼저 적으면 지난 방문을 찾아 드립니다.</source>
        <translation>Type a name or contact first to find earlier visits.</translation>
    </message>
    <message>
        <source>— 지난 방문을 고르세요 —</source>
        <translation>— choose an earlier visit —</translation>
    </message>
    <message>
        <source>성명이나 연락처가 같은 지난 방문 {n}건 (최근 방문부터)</source>
        <translation>{n} earlier visits with the same name or contact (latest first)</translation>
    </message>
    <message>
        <source>고른 방문: {visit}</source>
        <translation>Chosen visit: {visit}</translation>
    </message>
    <message>
        <source>서버와 연결이 끊겨 {name} 님 접수를 이 PC에 보관했습니다(전송 대기). 다시 연결되면 접수한 시각 그대로 보냅니다.</source>
        <translation>The connection to the server was lost, so {name}&apos;s check-in is kept on this PC (waiting to send). It is sent with its original time once reconnected.</translation>
    </message>
</context>
<context>
    <name>CompensationDialogs</name>
    <message>
        <source>대상</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation>Sign in first to do this.</translation>
    </message>
    <message>
        <source>보상 승인</source>
        <translation>Approve compensation</translation>
    </message>
    <message>
        <source>승인하고 증서 발급</source>
        <translation>Approve and issue voucher</translation>
    </message>
    <message>
        <source>받는 분</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>증서에 적을 이름</source>
        <translation>The name to print on the voucher</translation>
    </message>
    <message>
        <source>받는 분(&amp;N)</source>
        <translation>Recipient (&amp;N)</translation>
    </message>
    <message>
        <source>기록에 이름이 없습니다. 증서를 받을 분의 이름을 적어 주세요.</source>
        <translation>The records have no name. Please write the name of the person receiving the voucher.</translation>
    </message>
    <message>
        <source>승인 메모</source>
        <translation>Approval note</translation>
    </message>
    <message>
        <source>선택: 기록에 남길 한 줄</source>
        <translation>Optional: one line for the records</translation>
    </message>
    <message>
        <source>승인 메모(&amp;M)</source>
        <translation>Approval &amp;note</translation>
    </message>
    <message>
        <source>발급한 뒤 증서 미리보기 열기(&amp;P)</source>
        <translation>Open the voucher &amp;preview after issuing</translation>
    </message>
    <message>
        <source>{kind} · {reference}</source>
        <translation>{kind} · {reference}</translation>
    </message>
    <message>
        <source>금액: {amount}</source>
        <translation>Amount: {amount}</translation>
    </message>
    <message>
        <source>연락처: {contact}</source>
        <translation>Contact: {contact}</translation>
    </message>
    <message>
        <source>처리 담당자: {officer}</source>
        <translation>Officer handling it: {officer}</translation>
    </message>
    <message>
        <source>올해 예산 {cap} 중 {spent} 지급 (남은 금액 {left})</source>
        <translation>{spent} paid of this year&apos;s budget {cap} ({left} left)</translation>
    </message>
    <message>
        <source>예산 초과</source>
        <translation>Over budget</translation>
    </message>
    <message>
        <source>예산을 넘어도 발급</source>
        <translation>Issue over budget</translation>
    </message>
    <message>
        <source>발급하지 않기</source>
        <translation>Do not issue</translation>
    </message>
    <message>
        <source>발급하지 않았습니다. 예산을 늘리려면 &apos;예산 설정…&apos;을 쓰세요.</source>
        <translation>Not issued. To raise the budget, use &apos;Set budget…&apos;.</translation>
    </message>
    <message>
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>왜 그렇게 결정했는지 (기록에 남고 점검에 쓰입니다)</source>
        <translation>Why this was decided (kept in the records and used in inspections)</translation>
    </message>
    <message>
        <source>사유(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>보상 반려</source>
        <translation>Reject compensation</translation>
    </message>
    <message>
        <source>반려</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>반려하면 증서를 발급하지 않습니다. 사유는 기록에 남습니다.</source>
        <translation>A rejection issues no voucher. The reason is kept in the records.</translation>
    </message>
    <message>
        <source>증서 무효 처리</source>
        <translation>Void the voucher</translation>
    </message>
    <message>
        <source>무효 처리</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>증서 {serial} · {kind} · {amount}</source>
        <translation>Voucher {serial} · {kind} · {amount}</translation>
    </message>
    <message>
        <source>무효로 한 증서도 대장에 그대로 남고, 그 번호는 다시 쓰지 않습니다.</source>
        <translation>A voided voucher stays in the ledger, and its number is never used again.</translation>
    </message>
    <message>
        <source>무효가 된 증서는 인쇄할 수 없습니다.</source>
        <translation>A voided voucher cannot be printed.</translation>
    </message>
    <message>
        <source>금액은 원 단위 숫자로 적어 주세요 (예: 1,000,000). 예산을 없애려면 비워 두세요.</source>
        <translation>Write the amount in won as a number (e.g. 1,000,000). Leave empty to have no budget.</translation>
    </message>
    <message>
        <source>보상 예산 설정</source>
        <translation>Set compensation budget</translation>
    </message>
    <message>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>예산 금액</source>
        <translation>Budget amount</translation>
    </message>
    <message>
        <source>원 단위 (예: 1,000,000)</source>
        <translation>In won (e.g. 1,000,000)</translation>
    </message>
    <message>
        <source>예산(&amp;B)</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>비워 두면 예산 없음 (경고하지 않습니다)</source>
        <translation>Empty: no budget (no warnings)</translation>
    </message>
    <message>
        <source>{year}년 보상 예산</source>
        <translation>Compensation budget {year}</translation>
    </message>
    <message>
        <source>발급하면 예산을 넘게 되는 승인은 한 번 더 확인합니다.</source>
        <translation>An approval that would go over the budget is confirmed once more.</translation>
    </message>
    <message>
        <source>90%를 넘게 쓰면 대장에 경고가 나옵니다.</source>
        <translation>When more than 90% is spent, the ledger shows a warning.</translation>
    </message>
    <message>
        <source>시정조치 기록</source>
        <translation>Record corrective action</translation>
    </message>
    <message>
        <source>기록</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>CompensationPage</name>
    <message>
        <source>{period}에 기록한 시정조치 {n}건</source>
        <translation>{n} corrective actions recorded in {period}</translation>
    </message>
    <message>
        <source>{period}에 기록한 시정조치가 없습니다.</source>
        <translation>No corrective actions recorded in {period}.</translation>
    </message>
    <message>
        <source>시정조치를 고르면 내용이 여기에 나옵니다.</source>
        <translation>Choose a corrective action to see it here.</translation>
    </message>
    <message>
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>대상 직원</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>조치</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>관련 기록</source>
        <translation>Related record</translation>
    </message>
    <message>
        <source>연결 없음 — 결과 안내문을 보낼 곳이 없습니다</source>
        <translation>Not linked — there is nowhere to send the outcome letter</translation>
    </message>
    <message>
        <source>민원인</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <source>후속 담당자</source>
        <translation>Follow-up officer</translation>
    </message>
    <message>
        <source>기록</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>{when} · {who}</source>
        <translation>{when} · {who}</translation>
    </message>
    <message>
        <source>목록에서 시정조치를 먼저 고르세요.</source>
        <translation>First choose a corrective action in the list.</translation>
    </message>
    <message>
        <source>시정조치 {number}에는 연결된 민원이나 방문 기록이 없어 결과 안내문을 보낼 곳이 없습니다.</source>
        <translation>Corrective action {number} is linked to no case or visit, so there is nowhere to send the outcome letter.</translation>
    </message>
    <message>
        <source>결과 안내문 준비 중…</source>
        <translation>Preparing the outcome letter…</translation>
    </message>
    <message>
        <source>결과 안내문({number})을 미리보기로 열었습니다.</source>
        <translation>Outcome letter ({number}) opened in the preview.</translation>
    </message>
    <message>
        <source>시정조치 {number}을(를) 기록했습니다: {staff}, {kind}. 후속 담당 {follow}.</source>
        <translation>Corrective action {number} recorded: {staff}, {kind}. Follow-up by {follow}.</translation>
    </message>
    <message>
        <source>승인이나 반려로 결정한 후보를 고르세요. 결정한 뒤에 시정조치를 기록합니다.</source>
        <translation>Choose a candidate decided by approval or rejection. Corrective actions are recorded after the decision.</translation>
    </message>
    <message>
        <source>목록에서 증서를 먼저 고르세요.</source>
        <translation>First choose a voucher in the list.</translation>
    </message>
    <message>
        <source>모든 종류</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>결정을 기다리는 후보 {n}건 (모두 승인하면 {amount:,}원)</source>
        <translation>{n} candidates awaiting a decision ({amount:,} won if all approved)</translation>
    </message>
    <message>
        <source>결정을 기다리는 보상 후보가 없습니다.</source>
        <translation>No compensation candidates await a decision.</translation>
    </message>
    <message>
        <source> · 결정된 것 {n}건</source>
        <translation> · {n} decided</translation>
    </message>
    <message>
        <source>고른 후보</source>
        <translation>Chosen candidate</translation>
    </message>
    <message>
        <source>목록에서 후보를 고르면 근거가 여기에 나옵니다.</source>
        <translation>Choose a candidate in the list to see its grounds here.</translation>
    </message>
    <message>
        <source>고른 후보: {kind} · {amount:,}원</source>
        <translation>Chosen candidate: {kind} · {amount:,} won</translation>
    </message>
    <message>
        <source>(기록에 이름이 없습니다 — 승인할 때 적어 주세요)</source>
        <translation>(the records have no name — write it when approving)</translation>
    </message>
    <message>
        <source>받는 분: {name}{contact}</source>
        <translation>Recipient: {name}{contact}</translation>
    </message>
    <message>
        <source>처리 담당자: {officer}</source>
        <translation>Officer handling it: {officer}</translation>
    </message>
    <message>
        <source>(정해지지 않음)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>로그인한 뒤에 받는 분을 볼 수 있습니다.</source>
        <translation>Sign in to see the recipient.</translation>
    </message>
    <message>
        <source>보상 후보 상세</source>
        <translation>Compensation candidate details</translation>
    </message>
    <message>
        <source>목록에서 후보를 먼저 고르세요.</source>
        <translation>First choose a candidate in the list.</translation>
    </message>
    <message>
        <source>이미 결정한 후보입니다: {line}</source>
        <translation>Already decided: {line}</translation>
    </message>
    <message>
        <source>승인했습니다: 증서 {serial} ({kind}, {amount:,}원, 받는 분 {name}).</source>
        <translation>Approved: voucher {serial} ({kind}, {amount:,} won, to {name}).</translation>
    </message>
    <message>
        <source>반려했습니다: {kind} · {reference}.</source>
        <translation>Rejected: {kind} · {reference}.</translation>
    </message>
    <message>
        <source>결정 대기 중입니다.</source>
        <translation>Awaiting decision.</translation>
    </message>
    <message>
        <source> · 증서 {serial}</source>
        <translation> · voucher {serial}</translation>
    </message>
    <message>
        <source>{what}{serial}
{when}, {who}
사유: {reason}</source>
        <translation>{what}{serial}
{when}, {who}
Reason: {reason}</translation>
    </message>
    <message>
        <source>{amount}원</source>
        <translation>{amount} won</translation>
    </message>
    <message>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>일시</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>받는 분</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>결정</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>(이름 없음)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>결정 대기</source>
        <translation>Awaiting decision</translation>
    </message>
    <message>
        <source>{what} · {serial}</source>
        <translation>{what} · {serial}</translation>
    </message>
    <message>
        <source>일련번호</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>발급일</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>인쇄</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>무효</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>발급</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>{n}회</source>
        <translation>{n}×</translation>
    </message>
    <message>
        <source>월</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>발급 금액</source>
        <translation>Amount issued</translation>
    </message>
    <message>
        <source>무효 금액</source>
        <translation>Amount voided</translation>
    </message>
    <message>
        <source>순액</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>누계</source>
        <translation>Running total</translation>
    </message>
    <message>
        <source>{m}월</source>
        <translation>{m}</translation>
    </message>
    <message>
        <source>{n}매</source>
        <translation>{n} vouchers</translation>
    </message>
    <message>
        <source>기록일</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>후속 담당</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>(연결 없음)</source>
        <translation>(not linked)</translation>
    </message>
    <message>
        <source>한 해 전체</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>년</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>{y}년 {m}월</source>
        <translation>{m}/{y}</translation>
    </message>
    <message>
        <source>{y}년</source>
        <translation>{y}</translation>
    </message>
    <message>
        <source>{period}: 증서 {n}매 발급, 그중 무효 {voided}매 · 유효한 금액 {amount}</source>
        <translation>{period}: {n} vouchers issued, {voided} of them voided · valid amount {amount}</translation>
    </message>
    <message>
        <source>{period}에 발급한 증서가 없습니다.</source>
        <translation>No vouchers were issued in {period}.</translation>
    </message>
    <message>
        <source>{y}년 예산: 정하지 않음 · 지급 {total}</source>
        <translation>Budget {y}: not set · paid {total}</translation>
    </message>
    <message>
        <source>{y}년 예산 {cap} · 지급 {total} · 남은 금액 {left}</source>
        <translation>Budget {y} {cap} · paid {total} · left {left}</translation>
    </message>
    <message>
        <source>증서를 고르면 사유와 발급·무효 기록이 여기에 나옵니다.</source>
        <translation>Choose a voucher to see its reason and its issue and void records here.</translation>
    </message>
    <message>
        <source>{serial} · {title} · 받는 분 {name} · {amount}</source>
        <translation>{serial} · {title} · to {name} · {amount}</translation>
    </message>
    <message>
        <source>사유: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>관련 기록: {ref} · 발급 {when} ({who})</source>
        <translation>Related record: {ref} · issued {when} ({who})</translation>
    </message>
    <message>
        <source>인쇄 {n}회, 마지막 {when}</source>
        <translation>Printed {n}×, last {when}</translation>
    </message>
    <message>
        <source>무효: {when} ({who}) — {reason}</source>
        <translation>Voided: {when} ({who}) — {reason}</translation>
    </message>
    <message>
        <source>무효 처리할 증서를 먼저 고르세요.</source>
        <translation>First choose the voucher to void.</translation>
    </message>
    <message>
        <source>인쇄할 증서를 먼저 고르세요.</source>
        <translation>First choose the voucher to print.</translation>
    </message>
    <message>
        <source>증서 {number}을(를) 미리보기로 열었습니다.</source>
        <translation>Voucher {number} opened in the preview.</translation>
    </message>
    <message>
        <source>증서 준비 중…</source>
        <translation>Preparing the voucher…</translation>
    </message>
    <message>
        <source>한 번에 인쇄할 달을 고르세요 (&apos;달&apos;에서 1월–12월).</source>
        <translation>Choose the month to print at once (1–12 under &apos;Month&apos;).</translation>
    </message>
    <message>
        <source>{y}년 {m}월 증서를 모으는 중입니다…</source>
        <translation>Gathering the vouchers of {m}/{y}…</translation>
    </message>
    <message>
        <source>{title}을(를) 미리보기로 열었습니다.</source>
        <translation>{title} opened in the preview.</translation>
    </message>
    <message>
        <source>증서 일괄 인쇄를 취소했습니다. 인쇄 횟수는 바뀌지 않았습니다.</source>
        <translation>Printing the month&apos;s vouchers was cancelled. The print counts are unchanged.</translation>
    </message>
    <message>
        <source>{y}년 {m}월 증서 준비 중</source>
        <translation>Preparing the vouchers of {m}/{y}</translation>
    </message>
    <message>
        <source>증서 {serial}은(는) 이미 무효입니다 ({reason}).</source>
        <translation>Voucher {serial} is already void ({reason}).</translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation>Sign in first to do this.</translation>
    </message>
    <message>
        <source>증서 {serial}을(를) 무효로 했습니다. 대장에는 그대로 남습니다.</source>
        <translation>Voucher {serial} voided. It stays in the ledger.</translation>
    </message>
    <message>
        <source>{y}년 보상 예산을 {amount}(으)로 정했습니다.</source>
        <translation>Compensation budget {y} set to {amount}.</translation>
    </message>
    <message>
        <source>{y}년 보상 예산을 없앴습니다.</source>
        <translation>Compensation budget {y} removed.</translation>
    </message>
    <message>
        <source>보상·시정조치</source>
        <translation>Compensation and corrective actions</translation>
    </message>
    <message>
        <source>보상·시정조치 안내</source>
        <translation>Compensation and corrective actions notice</translation>
    </message>
    <message>
        <source>보상·시정조치 화면</source>
        <translation>Compensation and corrective actions page</translation>
    </message>
    <message>
        <source>보상 후보</source>
        <translation>Compensation candidates</translation>
    </message>
    <message>
        <source>종류(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>보상 종류로 거르기</source>
        <translation>Filter by compensation kind</translation>
    </message>
    <message>
        <source>결정된 것도 보기(&amp;D)</source>
        <translation>Show &amp;decided too</translation>
    </message>
    <message>
        <source>결정된 것도 보기</source>
        <translation>Show decided too</translation>
    </message>
    <message>
        <source>보상 후보 요약</source>
        <translation>Compensation candidates summary</translation>
    </message>
    <message>
        <source>보상 후보 목록</source>
        <translation>Compensation candidate list</translation>
    </message>
    <message>
        <source>고른 보상 후보</source>
        <translation>Chosen compensation candidate</translation>
    </message>
    <message>
        <source>근거(&amp;E)</source>
        <translation>&amp;Grounds</translation>
    </message>
    <message>
        <source>보상 근거</source>
        <translation>Compensation grounds</translation>
    </message>
    <message>
        <source>처리 담당자</source>
        <translation>Officer handling it</translation>
    </message>
    <message>
        <source>승인</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>반려</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>후보에서 시정조치 기록</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <source>Ctrl+Enter 승인 · Ctrl+Shift+R 반려 · Ctrl+Shift+K 시정조치 기록</source>
        <translation>Ctrl+Enter approve · Ctrl+Shift+R reject · Ctrl+Shift+K corrective action</translation>
    </message>
    <message>
        <source>보상 후보 단축키</source>
        <translation>Compensation candidate shortcuts</translation>
    </message>
    <message>
        <source>증서 대장</source>
        <translation>Voucher ledger</translation>
    </message>
    <message>
        <source>연도(&amp;Y)</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>증서 대장 연도</source>
        <translation>Voucher ledger year</translation>
    </message>
    <message>
        <source>달(&amp;M)</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>증서 대장 달</source>
        <translation>Voucher ledger month</translation>
    </message>
    <message>
        <source>무효 처리</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>증서 인쇄</source>
        <translation>Print voucher</translation>
    </message>
    <message>
        <source>이 달 증서 모두 인쇄</source>
        <translation>Print the month</translation>
    </message>
    <message>
        <source>증서에서 시정조치 기록</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <source>증서 요약</source>
        <translation>Voucher summary</translation>
    </message>
    <message>
        <source>보상 증서 목록</source>
        <translation>Compensation voucher list</translation>
    </message>
    <message>
        <source>고른 증서</source>
        <translation>Chosen voucher</translation>
    </message>
    <message>
        <source>월별 대장</source>
        <translation>Monthly ledger</translation>
    </message>
    <message>
        <source>올해 예산</source>
        <translation>This year&apos;s budget</translation>
    </message>
    <message>
        <source>예산 설정</source>
        <translation>Set budget</translation>
    </message>
    <message>
        <source>예산 경고</source>
        <translation>Budget warning</translation>
    </message>
    <message>
        <source>월별 보상 대장</source>
        <translation>Monthly compensation ledger</translation>
    </message>
    <message>
        <source>시정조치</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <source>시정조치 연도</source>
        <translation>Corrective actions year</translation>
    </message>
    <message>
        <source>시정조치 달</source>
        <translation>Corrective actions month</translation>
    </message>
    <message>
        <source>시정조치 기록</source>
        <translation>Record corrective action</translation>
    </message>
    <message>
        <source>결과 안내문</source>
        <translation>Outcome letter</translation>
    </message>
    <message>
        <source>시정조치 요약</source>
        <translation>Corrective actions summary</translation>
    </message>
    <message>
        <source>시정조치 목록</source>
        <translation>Corrective action list</translation>
    </message>
    <message>
        <source>고른 시정조치</source>
        <translation>Chosen corrective action</translation>
    </message>
    <message>
        <source>보상 후보(&amp;C)</source>
        <translation>Compensation &amp;candidates</translation>
    </message>
    <message>
        <source>결정을 기다리는 보상 후보와 그 근거</source>
        <translation>Compensation candidates awaiting a decision, with their grounds</translation>
    </message>
    <message>
        <source>증서 대장(&amp;L)</source>
        <translation>Voucher &amp;ledger</translation>
    </message>
    <message>
        <source>발급한 증서, 월별 대장과 올해 예산</source>
        <translation>Vouchers issued, the monthly ledger and this year&apos;s budget</translation>
    </message>
    <message>
        <source>시정조치 목록(&amp;O)</source>
        <translation>C&amp;orrective actions</translation>
    </message>
    <message>
        <source>달마다 기록한 시정조치와 결과 안내문</source>
        <translation>Corrective actions recorded each month, and outcome letters</translation>
    </message>
    <message>
        <source>승인하고 증서 발급(&amp;A)…</source>
        <translation>&amp;Approve and issue voucher…</translation>
    </message>
    <message>
        <source>고른 후보를 승인하고 보상 증서를 발급합니다 (Ctrl+Enter)</source>
        <translation>Approve the chosen candidate and issue a compensation voucher (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>반려(&amp;R)…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>고른 후보를 사유를 적어 반려합니다 (Ctrl+Shift+R)</source>
        <translation>Reject the chosen candidate with a reason (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>시정조치 기록(&amp;K)…</source>
        <translation>Record corrective action (&amp;K)…</translation>
    </message>
    <message>
        <source>직원에게 한 시정조치를 기록합니다. 고른 후보나 증서의 민원·방문에 이어 적을 수 있습니다 (Ctrl+Shift+K)</source>
        <translation>Record a corrective action taken with a staff member. It can follow on from the chosen candidate&apos;s or voucher&apos;s case or visit (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>증서 무효 처리(&amp;V)…</source>
        <translation>&amp;Void voucher…</translation>
    </message>
    <message>
        <source>고른 증서를 사유를 적어 무효로 합니다. 대장에는 그대로 남고 번호는 다시 쓰지 않습니다</source>
        <translation>Void the chosen voucher with a reason. It stays in the ledger and its number is never used again</translation>
    </message>
    <message>
        <source>증서 인쇄(&amp;P)…</source>
        <translation>&amp;Print voucher…</translation>
    </message>
    <message>
        <source>고른 증서를 인쇄 미리보기로 엽니다 (Ctrl+P)</source>
        <translation>Open the chosen voucher in the print preview (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>이 달 증서 모두 인쇄(&amp;B)…</source>
        <translation>Print all vouchers of the month (&amp;B)…</translation>
    </message>
    <message>
        <source>고른 달에 발급한 유효한 증서를 번호 순서로 한 파일에 모읍니다 (Ctrl+Shift+P)</source>
        <translation>Gather the valid vouchers issued in the chosen month into one file, in number order (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>예산 설정(&amp;G)…</source>
        <translation>Set bud&amp;get…</translation>
    </message>
    <message>
        <source>예산 설정…</source>
        <translation>Set budget…</translation>
    </message>
    <message>
        <source>고른 연도의 보상 예산을 정합니다. 넘기 전에 경고합니다</source>
        <translation>Set the compensation budget of the chosen year. Warns before it is exceeded</translation>
    </message>
    <message>
        <source>결과 안내문(&amp;T)</source>
        <translation>Ou&amp;tcome letter</translation>
    </message>
    <message>
        <source>고른 시정조치의 결과 안내문을 인쇄 미리보기로 엽니다 (Ctrl+P)</source>
        <translation>Open the chosen corrective action&apos;s outcome letter in the print preview (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>서버 연결 상태</source>
        <translation>Server connection status</translation>
    </message>
    <message>
        <source>서버 연결 안내</source>
        <translation>Server connection notice</translation>
    </message>
    <message>
        <source>보기</source>
        <translation>View</translation>
    </message>
    <message>
        <source>받지 않은 기록 보기</source>
        <translation>View records not accepted</translation>
    </message>
    <message>
        <source>서버가 받지 않은 기록과 그 이유를 봅니다</source>
        <translation>See the records the server did not accept, and why</translation>
    </message>
    <message>
        <source>서버와 연결이 끊겼습니다 — 다시 연결하는 중</source>
        <translation>Connection to the server lost — reconnecting</translation>
    </message>
    <message>
        <source>서버와 연결이 끊겼습니다</source>
        <translation>Connection to the server lost</translation>
    </message>
    <message>
        <source>보관 중 {n}건</source>
        <translation>{n} kept</translation>
    </message>
    <message>
        <source>접수와 전화메모는 이 PC에 보관됩니다</source>
        <translation>Check-ins and phone memos are kept on this PC</translation>
    </message>
    <message>
        <source>보관 중 {n}건 — 서버로 보내는 중</source>
        <translation>{n} kept — sending to the server</translation>
    </message>
    <message>
        <source>서버가 받지 않은 기록 {n}건</source>
        <translation>{n} records not accepted by the server</translation>
    </message>
</context>
<context>
    <name>CorrectiveDialog</name>
    <message>
        <source>보상 후보: {kind} · {reference}</source>
        <translation>Compensation candidate: {kind} · {reference}</translation>
    </message>
    <message>
        <source>증서 {serial}: {kind} · {reference}</source>
        <translation>Voucher {serial}: {kind} · {reference}</translation>
    </message>
    <message>
        <source>이름, 초성, 부서나 업무로 찾기</source>
        <translation>Find by name, initial consonants, department or duties</translation>
    </message>
    <message>
        <source>조치 대상 직원</source>
        <translation>Staff member concerned</translation>
    </message>
    <message>
        <source>대상 직원(&amp;S)</source>
        <translation>&amp;Staff member</translation>
    </message>
    <message>
        <source>조치 종류</source>
        <translation>Action kind</translation>
    </message>
    <message>
        <source>조치(&amp;K)</source>
        <translation>Action (&amp;K)</translation>
    </message>
    <message>
        <source>조치 내용</source>
        <translation>Action details</translation>
    </message>
    <message>
        <source>무엇을 확인했고 어떤 조치를 했는지 (기관 안에만 남습니다)</source>
        <translation>What was checked and what was done (kept inside the agency)</translation>
    </message>
    <message>
        <source>조치 내용(&amp;D)</source>
        <translation>Action &amp;details</translation>
    </message>
    <message>
        <source>후속 조치 담당자</source>
        <translation>Follow-up officer</translation>
    </message>
    <message>
        <source>후속 담당자(&amp;F)</source>
        <translation>&amp;Follow-up officer</translation>
    </message>
    <message>
        <source>민원인에게 결과를 알리는 사람: 결과 안내문에 이름과 연락처가 실립니다.</source>
        <translation>Who tells the petitioner the outcome: their name and contact are printed on the outcome letter.</translation>
    </message>
    <message>
        <source>관련 기록</source>
        <translation>Related record</translation>
    </message>
    <message>
        <source>연결 없음</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <source>관련 기록(&amp;L)</source>
        <translation>Related &amp;record</translation>
    </message>
    <message>
        <source>직원의 잘못에 대한 시정조치를 기록합니다.</source>
        <translation>Record a corrective action for a staff member&apos;s fault.</translation>
    </message>
    <message>
        <source>관련 민원이나 방문을 이어 두면 민원인에게 결과 안내문을 보낼 수 있습니다.</source>
        <translation>Linking the case or visit concerned lets an outcome letter be sent to the petitioner.</translation>
    </message>
    <message>
        <source>조치 대상 직원을 골라 주세요 (이름이나 초성으로 찾기).</source>
        <translation>Please choose the staff member concerned (find by name or initial consonants).</translation>
    </message>
    <message>
        <source>민원인에게 결과를 알릴 후속 담당자를 골라 주세요.</source>
        <translation>Please choose the follow-up officer who will tell the petitioner the outcome.</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>자동 백업 중…</source>
        <translation>Automatic backup…</translation>
    </message>
    <message>
        <source>오늘의 자동 백업을 만들었습니다: {path}</source>
        <translation>Today&apos;s automatic backup made: {path}</translation>
    </message>
    <message>
        <source>자동 백업을 만들지 못했습니다: {message}</source>
        <translation>Could not make the automatic backup: {message}</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <source>처리기한 계산</source>
        <translation>Deadline calculator</translation>
    </message>
    <message>
        <source>처리기간(&amp;P)</source>
        <translation>Processing &amp;period</translation>
    </message>
    <message>
        <source>법정 처리기간이나 이 기관 이행표준의 시계를 고릅니다.</source>
        <translation>Choose a statutory processing period or a clock of this agency&apos;s service charter.</translation>
    </message>
    <message>
        <source>처리기간</source>
        <translation>Processing period</translation>
    </message>
    <message>
        <source>접수 시각(&amp;S)</source>
        <translation>Received at (&amp;S)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>접수 시각</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>지금(&amp;T)</source>
        <translation>Now (&amp;T)</translation>
    </message>
    <message>
        <source>접수 시각을 지금으로 되돌립니다</source>
        <translation>Set the time received back to now</translation>
    </message>
    <message>
        <source>지금</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>처리기한</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>남은 시간</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>계산 방법</source>
        <translation>How it is counted</translation>
    </message>
    <message>
        <source>제외한 날</source>
        <translation>Days left out</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculatorView</name>
    <message>
        <source>{month}월 {day}일({weekday})</source>
        <translation>{weekday} {month}/{day}</translation>
    </message>
    <message>
        <source>{clock} ({period})</source>
        <translation>{clock} ({period})</translation>
    </message>
    <message>
        <source>계산할 수 없습니다</source>
        <translation>Cannot be calculated</translation>
    </message>
    <message>
        <source>데이터베이스가 열리면 기관 휴일까지 넣어 계산합니다.</source>
        <translation>Once the database is open, the agency&apos;s own holidays are counted too.</translation>
    </message>
    <message>
        <source>지금({now}) 기준 {left}</source>
        <translation>{left} as of now ({now})</translation>
    </message>
    <message>
        <source>계산 방법: {rule}</source>
        <translation>How it is counted: {rule}</translation>
    </message>
    <message>
        <source>접수 시각이 근무시간 밖이라 다음 근무 시작({at})부터 셉니다.</source>
        <translation>Received outside working hours, so counting starts at the next working start ({at}).</translation>
    </message>
    <message>
        <source>벽시계 기준이라 휴일을 건너뛰지 않습니다.</source>
        <translation>Counted by the wall clock, so holidays are not skipped.</translation>
    </message>
    <message>
        <source>건너뛴 공휴일: {days}</source>
        <translation>Public holidays skipped: {days}</translation>
    </message>
    <message>
        <source>건너뛴 공휴일: 없음</source>
        <translation>Public holidays skipped: none</translation>
    </message>
    <message>
        <source> · 토·일 {n}일 제외</source>
        <translation> · {n} weekend days left out</translation>
    </message>
</context>
<context>
    <name>DepartmentEditor</name>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation>Sign in first to do this.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; 부서를 저장했습니다.</source>
        <translation>Department &apos;{path}&apos; saved.</translation>
    </message>
    <message>
        <source>(최상위 — 상위 부서 없음)</source>
        <translation>(Top level — no parent department)</translation>
    </message>
    <message>
        <source>새 부서</source>
        <translation>New department</translation>
    </message>
    <message>
        <source>부서 추가 (Enter)</source>
        <translation>Add department (Enter)</translation>
    </message>
    <message>
        <source>부서: {name}</source>
        <translation>Department: {name}</translation>
    </message>
    <message>
        <source>부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>부서 저장 (Enter)</source>
        <translation>Save department (Enter)</translation>
    </message>
</context>
<context>
    <name>DeskAccess</name>
    <message>
        <source>화면 잠그기</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>화면 잠그기 ({key})</source>
        <translation>Lock screen ({key})</translation>
    </message>
    <message>
        <source>비밀번호 바꾸기(&amp;P)…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>로그인한 사람</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>로그아웃</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>{name} 님이 열어 둔 창을 닫았습니다. </source>
        <translation>Closed the windows {name} had open. </translation>
    </message>
    <message>
        <source>로그인할 사람의 사번과 비밀번호를 입력하세요.</source>
        <translation>Enter the employee number and password of the person signing in.</translation>
    </message>
    <message>
        <source>{name} 님의 권한이 바뀌었습니다. 다시 로그인해 주세요. 화면에 적은 내용은 그대로 있습니다.</source>
        <translation>{name}&apos;s roles have changed. Please sign in again. What is typed on screen is kept.</translation>
    </message>
    <message>
        <source>새 역할이 주어졌습니다. 다시 로그인하면 쓸 수 있습니다.</source>
        <translation>A new role was given. Sign in again to use it.</translation>
    </message>
    <message>
        <source>비밀번호를 바꾸었습니다.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>새 비밀번호를 정해야 로그인할 수 있습니다.</source>
        <translation>A new password must be set before signing in.</translation>
    </message>
    <message>
        <source>로그인하지 않음</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>이 창구에서 일하는 사람입니다. 기록에 이 이름이 남습니다.</source>
        <translation>The person working at this desk. This name goes into the records.</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>직위</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>내선</source>
        <translation>Ext.</translation>
    </message>
    <message>
        <source>좌석</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>담당업무: </source>
        <translation>Duties: </translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>직원 검색</source>
        <translation>Staff search</translation>
    </message>
    <message>
        <source>직원 검색 (Ctrl+F)</source>
        <translation>Staff search (Ctrl+F)</translation>
    </message>
    <message>
        <source>업무대행자 보기</source>
        <translation>Show deputy</translation>
    </message>
    <message>
        <source>{n}명</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>전체 {n}명</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <source>직원을 고르면 자리가 사무실 배치도에 표시됩니다.</source>
        <translation>Choose a staff member to see their seat on the floor plan.</translation>
    </message>
    <message>
        <source>내선 {n}</source>
        <translation>Ext. {n}</translation>
    </message>
    <message>
        <source>좌석: {seat}</source>
        <translation>Seat: {seat}</translation>
    </message>
    <message>
        <source>좌석 미지정</source>
        <translation>No seat assigned</translation>
    </message>
    <message>
        <source>담당업무: {d}</source>
        <translation>Duties: {d}</translation>
    </message>
    <message>
        <source>{name} 님의 자리가 배치도에 없습니다.</source>
        <translation>{name}&apos;s seat is not on the floor plan.</translation>
    </message>
    <message>
        <source>직원 찾기</source>
        <translation>Find staff</translation>
    </message>
    <message>
        <source>찾기(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>직원 찾기 검색어</source>
        <translation>Staff search words</translation>
    </message>
    <message>
        <source>이름, 초성(ㄱㅈㅇ), 부서, 담당업무, 내선번호</source>
        <translation>Name, initial consonants (ㄱㅈㅇ), department, duties, extension</translation>
    </message>
    <message>
        <source>검색 결과 수</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <source>검색 결과</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>직원 정보</source>
        <translation>Staff details</translation>
    </message>
    <message>
        <source>사진</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>성명과 직위</source>
        <translation>Name and position</translation>
    </message>
    <message>
        <source>부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>연락처</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>좌석</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>담당업무</source>
        <translation>Duties</translation>
    </message>
    <message>
        <source>재실 상태</source>
        <translation>Presence</translation>
    </message>
    <message>
        <source>업무대행자 보기 (Ctrl+D)</source>
        <translation>Show deputy (Ctrl+D)</translation>
    </message>
    <message>
        <source>사무실</source>
        <translation>Office</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>문서</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>{title} — 인쇄 미리보기</source>
        <translation>{title} — print preview</translation>
    </message>
    <message>
        <source>이 문서를 {ext} 파일로 저장합니다</source>
        <translation>Save this document as a {ext} file</translation>
    </message>
    <message>
        <source>PDF로 저장…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>{ext} 파일 (*.{ext_lower})</source>
        <translation>{ext} file (*.{ext_lower})</translation>
    </message>
    <message>
        <source>저장했습니다: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>{count}쪽 중 {page}쪽</source>
        <translation>Page {page} of {count}</translation>
    </message>
    <message>
        <source>인쇄 미리보기</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>문서 제목</source>
        <translation>Document title</translation>
    </message>
    <message>
        <source>쪽 위치</source>
        <translation>Page position</translation>
    </message>
    <message>
        <source>문서 미리보기</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>PageUp·PageDown, 화살표 키로 쪽을 넘깁니다</source>
        <translation>PageUp, PageDown and the arrow keys turn pages</translation>
    </message>
    <message>
        <source>인쇄·저장 결과</source>
        <translation>Print and save result</translation>
    </message>
    <message>
        <source>인쇄…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>인쇄</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>프린터와 매수, 쪽을 골라 인쇄합니다 (Ctrl+P)</source>
        <translation>Choose the printer, copies and pages, and print (Ctrl+P)</translation>
    </message>
    <message>
        <source>PDF로 저장</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>이 문서를 PDF 파일로 저장합니다 (Ctrl+S)</source>
        <translation>Save this document as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>미리보기를 닫습니다 (Esc)</source>
        <translation>Close the preview (Esc)</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <source>로그인한 뒤에 할 수 있습니다. 적은 내용은 그대로 있습니다.</source>
        <translation>Sign in first to do this. What was typed is kept.</translation>
    </message>
    <message>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>안내</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>결과</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Enter 확인 · 글 상자 안에서는 Ctrl+Enter · Esc 닫기</source>
        <translation>Enter confirms · Ctrl+Enter inside a text box · Esc closes</translation>
    </message>
    <message>
        <source>Enter 확인 · Esc 닫기</source>
        <translation>Enter confirms · Esc closes</translation>
    </message>
    <message>
        <source>{label} 오류</source>
        <translation>{label} error</translation>
    </message>
</context>
<context>
    <name>FloorPlanWidget</name>
    <message>
        <source>{label} 빈 자리</source>
        <translation>{label} free seat</translation>
    </message>
    <message>
        <source>, 내선 {ext}</source>
        <translation>, ext. {ext}</translation>
    </message>
    <message>
        <source>{title}: 책상 {n}개, 빈 자리 {free}개.</source>
        <translation>{title}: {n} desks, {free} free.</translation>
    </message>
    <message>
        <source>찾는 자리: {what}.</source>
        <translation>Seat looked for: {what}.</translation>
    </message>
    <message>
        <source>고른 곳: {what}.</source>
        <translation>Chosen: {what}.</translation>
    </message>
    <message>
        <source>방향키로 움직이고 +/-로 확대·축소, PageDown/PageUp으로 책상을 고릅니다.</source>
        <translation>Move with the arrow keys, zoom with +/-, choose desks with PageDown/PageUp.</translation>
    </message>
    <message>
        <source>편집 모드: 끌어서 옮기거나 Ctrl+방향키로 한 칸씩 옮깁니다.</source>
        <translation>Editing: drag to move, or Ctrl+arrow keys to move one step.</translation>
    </message>
    <message>
        <source>빈 자리</source>
        <translation>Free seat</translation>
    </message>
    <message>
        <source>내선 {ext}</source>
        <translation>Ext. {ext}</translation>
    </message>
    <message>
        <source>사무실을 고르면 배치도가 나타납니다.</source>
        <translation>Choose an office to see its floor plan.</translation>
    </message>
    <message>
        <source>좌석 배치도</source>
        <translation>Seating chart</translation>
    </message>
</context>
<context>
    <name>GreetingAlerts</name>
    <message>
        <source>민원 데스크</source>
        <translation>Minwon Desk</translation>
    </message>
    <message>
        <source>{name} 님이 {minutes}분 넘게 기다리고 있습니다</source>
        <translation>{name} has been waiting over {minutes} min</translation>
    </message>
    <message>
        <source>응대 기한이 지났습니다</source>
        <translation>The service time limit has passed</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>직원 명부</source>
        <translation>staff roster</translation>
    </message>
    <message>
        <source>직원 명부를</source>
        <translation>the staff roster</translation>
    </message>
    <message>
        <source>명</source>
        <translation> people</translation>
    </message>
    <message>
        <source>사번</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>직위</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>내선번호</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>이메일</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>담당업무</source>
        <translation>Duties</translation>
    </message>
    <message>
        <source>기본대행자사번</source>
        <translation>Deputy no.</translation>
    </message>
    <message>
        <source>부재 일정</source>
        <translation>absences</translation>
    </message>
    <message>
        <source>부재 일정을</source>
        <translation>the absences</translation>
    </message>
    <message>
        <source>건</source>
        <translation> absences</translation>
    </message>
    <message>
        <source>구분</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>시작</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>종료</source>
        <translation>End</translation>
    </message>
    <message>
        <source>(기본 대행자)</source>
        <translation>(default deputy)</translation>
    </message>
    <message>
        <source>업무대행자</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>가져올 파일 선택</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>명부 파일 (*.csv *.xlsx);;CSV (*.csv);;Excel 통합 문서 (*.xlsx)</source>
        <translation>Staff roster (*.csv *.xlsx);;CSV (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>행</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>열</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>내용</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>{problem}
아무것도 가져오지 않았습니다.</source>
        <translation>{problem}
Nothing was imported.</translation>
    </message>
    <message>
        <source>추가 {n}{u}</source>
        <translation>{n}{u} added</translation>
    </message>
    <message>
        <source>수정 {n}{u}</source>
        <translation>{n}{u} changed</translation>
    </message>
    <message>
        <source>변경 없음 {n}{u}</source>
        <translation>{n}{u} unchanged</translation>
    </message>
    <message>
        <source>새 부서 {n}개</source>
        <translation>{n} new departments</translation>
    </message>
    <message>
        <source>{file}에서 {what} 가져왔습니다: {parts}.</source>
        <translation>Imported {what} from {file}: {parts}.</translation>
    </message>
    <message>
        <source>첫 줄(머리행)에 이 열이 있어야 합니다: {columns}. CSV(UTF-8 또는 CP949)나 XLSX 파일을 고르세요.</source>
        <translation>The first line (header row) must have these columns: {columns}. Choose a CSV (UTF-8 or CP949) or XLSX file.</translation>
    </message>
    <message>
        <source>처리</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>가져올 파일을 고르세요 (Ctrl+O).</source>
        <translation>Choose the file to import (Ctrl+O).</translation>
    </message>
    <message>
        <source>{name} 읽는 중…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>{file}{enc}: 추가 {a}{u}, 수정 {m}{u}, 변경 없음 {s}{u}.</source>
        <translation>{file}{enc}: {a}{u} added, {m}{u} changed, {s}{u} unchanged.</translation>
    </message>
    <message>
        <source>새로 만들 부서 {n}개: {paths}.</source>
        <translation>{n} new departments to create: {paths}.</translation>
    </message>
    <message>
        <source>바뀌는 것이 없습니다.</source>
        <translation>Nothing changes.</translation>
    </message>
    <message>
        <source>맞으면 &apos;가져오기&apos;를 누르세요.</source>
        <translation>If it looks right, press &apos;Import&apos;.</translation>
    </message>
    <message>
        <source>주의 — {warning}</source>
        <translation>Caution — {warning}</translation>
    </message>
    <message>
        <source>{n}행</source>
        <translation>Row {n}</translation>
    </message>
    <message>
        <source>파일 전체</source>
        <translation>Whole file</translation>
    </message>
    <message>
        <source>{file}에 고칠 곳이 {n}군데 있습니다. 파일을 고친 뒤 다시 골라 주세요. 고칠 곳이 없어야 가져올 수 있습니다.</source>
        <translation>{file} has {n} things to fix. Fix the file, then choose it again. It can be imported only when nothing is left to fix.</translation>
    </message>
    <message>
        <source>명부 가져오기</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <source>가져올 내용(&amp;K)</source>
        <translation>What to import (&amp;K)</translation>
    </message>
    <message>
        <source>가져올 내용</source>
        <translation>What to import</translation>
    </message>
    <message>
        <source>파일(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>파일</source>
        <translation>File</translation>
    </message>
    <message>
        <source>CSV 또는 XLSX 파일</source>
        <translation>A CSV or XLSX file</translation>
    </message>
    <message>
        <source>파일 선택…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>파일 선택</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>가져올 CSV·XLSX 파일을 고릅니다 (Ctrl+O)</source>
        <translation>Choose the CSV or XLSX file to import (Ctrl+O)</translation>
    </message>
    <message>
        <source>파일 양식 안내</source>
        <translation>File format information</translation>
    </message>
    <message>
        <source>미리보기 요약</source>
        <translation>Preview summary</translation>
    </message>
    <message>
        <source>미리보기</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>오류 목록</source>
        <translation>Problem list</translation>
    </message>
    <message>
        <source>가져오기</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>미리보기의 내용을 한꺼번에 가져옵니다 (하나라도 실패하면 아무것도 바뀌지 않습니다)</source>
        <translation>Import what the preview shows, all at once (if any row fails, nothing changes)</translation>
    </message>
    <message>
        <source>닫기 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>가져오지 않고 닫습니다 (Esc)</source>
        <translation>Close without importing (Esc)</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>이 달에는 기록이 없습니다</source>
        <translation>No records this month</translation>
    </message>
    <message>
        <source>기록 없음</source>
        <translation>No records</translation>
    </message>
    <message>
        <source>최근 6개월 추이</source>
        <translation>Last 6 months</translation>
    </message>
    <message>
        <source>부서별</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>부서별 {label}</source>
        <translation>{label} by department</translation>
    </message>
    <message>
        <source>부서별 점검 결과</source>
        <translation>Results by department</translation>
    </message>
    <message>
        <source>담당자별 점검 결과</source>
        <translation>Results by officer</translation>
    </message>
    <message>
        <source>가장 오래 기다린 방문객</source>
        <translation>Visitors who waited longest</translation>
    </message>
    <message>
        <source>가장 많이 늦은 민원·전화메모</source>
        <translation>Cases and phone memos most overdue</translation>
    </message>
    <message>
        <source>이 달의 보상(상품권 등)</source>
        <translation>Compensation this month (gift vouchers etc.)</translation>
    </message>
    <message>
        <source>이 달의 시정조치</source>
        <translation>Corrective actions this month</translation>
    </message>
    <message>
        <source>{title} 안내</source>
        <translation>{title} notice</translation>
    </message>
    <message>
        <source>{title} · {charter} · {when} 기준</source>
        <translation>{title} · {charter} · as of {when}</translation>
    </message>
    <message>
        <source>고객응대서비스 자체점검 결과 ({month})</source>
        <translation>Customer service self-inspection, {month}</translation>
    </message>
    <message>
        <source>{month}에는 방문, 전화메모, 민원 처리 기한과 상품권·시정조치 기록이 하나도 없습니다. ←/→ 키나 ◀ ▶ 단추로 다른 달을 보세요.</source>
        <translation>{month} has no visits, phone memos, case deadlines, voucher or corrective action records. Use the ←/→ keys or the ◀ ▶ buttons to see another month.</translation>
    </message>
    <message>
        <source>부서별로 셀 기록이 없습니다.</source>
        <translation>No records to count by department.</translation>
    </message>
    <message>
        <source>담당자별로 셀 기록이 없습니다.</source>
        <translation>No records to count by officer.</translation>
    </message>
    <message>
        <source>이 달에 안내를 기다린 방문객이 없습니다.</source>
        <translation>No visitors waited for service this month.</translation>
    </message>
    <message>
        <source>이 달에 기한을 넘긴 민원이나 전화메모가 없습니다.</source>
        <translation>No case or phone memo went past its deadline this month.</translation>
    </message>
    <message>
        <source>발급 {issued}건, 합계 {total}원</source>
        <translation>{issued} issued, {total} won in all</translation>
    </message>
    <message>
        <source> (취소한 {voided}건은 합계에서 뺐습니다)</source>
        <translation> ({voided} cancelled left out of the total)</translation>
    </message>
    <message>
        <source>이 달에 발급한 상품권·교통비가 없습니다.</source>
        <translation>No gift vouchers or transport fees were issued this month.</translation>
    </message>
    <message>
        <source>이 달에 기록한 시정조치가 없습니다.</source>
        <translation>No corrective actions were recorded this month.</translation>
    </message>
    <message>
        <source>자체점검</source>
        <translation>Self-inspection</translation>
    </message>
    <message>
        <source>{month} 자체점검 결과를 읽는 중…</source>
        <translation>Reading the self-inspection results of {month}…</translation>
    </message>
    <message>
        <source>이전 달(&amp;B)</source>
        <translation>Previous month (&amp;B)</translation>
    </message>
    <message>
        <source>한 달 전의 점검 결과를 봅니다</source>
        <translation>See the results of the month before</translation>
    </message>
    <message>
        <source>다음 달(&amp;F)</source>
        <translation>Next month (&amp;F)</translation>
    </message>
    <message>
        <source>한 달 뒤의 점검 결과를 봅니다</source>
        <translation>See the results of the month after</translation>
    </message>
    <message>
        <source>다시 읽기(&amp;R)</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>이 달의 기록을 다시 셉니다</source>
        <translation>Count this month&apos;s records again</translation>
    </message>
    <message>
        <source>PDF로 저장(&amp;S)…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>이 달의 점검 결과를 PDF 파일로 저장합니다</source>
        <translation>Save this month&apos;s results as a PDF file</translation>
    </message>
    <message>
        <source>인쇄(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>이 달의 점검 결과를 인쇄합니다</source>
        <translation>Print this month&apos;s results</translation>
    </message>
    <message>
        <source>PDF로 저장…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>인쇄…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>자체점검 알림</source>
        <translation>Self-inspection notice</translation>
    </message>
    <message>
        <source>{month} 자체점검 결과 PDF를 만드는 중…</source>
        <translation>Making the self-inspection PDF of {month}…</translation>
    </message>
    <message>
        <source>점검 월</source>
        <translation>Month inspected</translation>
    </message>
    <message>
        <source>이전 달</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>이전 달 (←)</source>
        <translation>Previous month (←)</translation>
    </message>
    <message>
        <source>다음 달</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>다음 달 (→)</source>
        <translation>Next month (→)</translation>
    </message>
    <message>
        <source>약속: {promise}</source>
        <translation>Promise: {promise}</translation>
    </message>
    <message>
        <source>이 달에 해당하는 건이 없습니다</source>
        <translation>Nothing this month falls under it</translation>
    </message>
    <message>
        <source>{total}건 중 {met}건 지킴 · {missed}건 못 지킴</source>
        <translation>{met} of {total} kept · {missed} missed</translation>
    </message>
    <message>
        <source>목표 {target} 달성</source>
        <translation>Target {target} met</translation>
    </message>
    <message>
        <source>목표 {target}에 못 미침</source>
        <translation>Short of target {target}</translation>
    </message>
</context>
<context>
    <name>InspectionTables</name>
    <message>
        <source>민원</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>전화메모</source>
        <translation>Phone memo</translation>
    </message>
    <message>
        <source>부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>담당자</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>접수 시각</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>방문객</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>찾은 직원</source>
        <translation>Staff asked for</translation>
    </message>
    <message>
        <source>기다린 시간</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>경청 여부</source>
        <translation>Listened to</translation>
    </message>
    <message>
        <source>구분</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>민원인</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <source>처리기한</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>늦은 시간</source>
        <translation>Late by</translation>
    </message>
    <message>
        <source>처리</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>일련번호</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>발급 시각</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>받는 분</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>발급자</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>기록 시각</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>조치</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>대상 직원</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>후속 담당</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>(지정 없음)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>경청함</source>
        <translation>Listened to</translation>
    </message>
    <message>
        <source>경청 못 함</source>
        <translation>Not listened to</translation>
    </message>
    <message>
        <source>아직 처리 안 됨</source>
        <translation>Not handled yet</translation>
    </message>
    <message>
        <source>{amount}원</source>
        <translation>{amount} won</translation>
    </message>
    <message>
        <source>취소</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>발급</source>
        <translation>Issued</translation>
    </message>
</context>
<context>
    <name>LiveDesk</name>
    <message>
        <source>서버가 받지 않은 기록이 있습니다</source>
        <translation>Some records were not accepted by the server</translation>
    </message>
</context>
<context>
    <name>LockRetry</name>
    <message>
        <source>다른 창구가 저장하는 중입니다 — 다시 시도합니다</source>
        <translation>Another desk is saving — trying again</translation>
    </message>
    <message>
        <source>입력한 내용은 그대로 있습니다.</source>
        <translation>What was typed is kept.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>창구: {value}</source>
        <translation>Desk: {value}</translation>
    </message>
    <message>
        <source>창구</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>데이터베이스: {value}</source>
        <translation>Database: {value}</translation>
    </message>
    <message>
        <source>데이터베이스</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>이행표준: {value}</source>
        <translation>Service charter: {value}</translation>
    </message>
    <message>
        <source>이행표준</source>
        <translation>Service charter</translation>
    </message>
    <message>
        <source>데이터베이스를 여는 중입니다…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>데이터베이스를 여는 중입니다. 잠시 후 다시 눌러 주세요.</source>
        <translation>The database is opening. Please press again in a moment.</translation>
    </message>
    <message>
        <source>데이터베이스 여는 중…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>대기 현황을 불러오는 중입니다…</source>
        <translation>Loading the waiting board…</translation>
    </message>
    <message>
        <source>데이터베이스가 열려 있지 않아 로그인할 수 없습니다. 화면 위의 안내대로 고친 뒤 &apos;다시 시도&apos;를 누르세요.</source>
        <translation>The database is not open, so no one can sign in. Fix it as the notice above says, then press &apos;Try again&apos;.</translation>
    </message>
    <message>
        <source>데이터베이스가 열려 있지 않습니다</source>
        <translation>The database is not open</translation>
    </message>
    <message>
        <source>데이터베이스가 열려 있지 않아 대기 현황을 보여 줄 수 없습니다.</source>
        <translation>The database is not open, so the waiting board cannot be shown.</translation>
    </message>
    <message>
        <source>데이터베이스가 열려 있지 않아 접수할 수 없습니다. 화면 위의 안내대로 고친 뒤 &apos;다시 시도&apos;를 누르세요. 입력한 내용은 그대로 있습니다.</source>
        <translation>The database is not open, so no check-in can be made. Fix it as the notice above says, then press &apos;Try again&apos;. What was typed is kept.</translation>
    </message>
    <message>
        <source>직원(&amp;S)</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>민원 데스크 — {desk}</source>
        <translation>Minwon Desk — {desk}</translation>
    </message>
    <message>
        <source> (시연용)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <source>전화메모(&amp;M)</source>
        <translation>Phone &amp;memos</translation>
    </message>
    <message>
        <source>민원(&amp;C)</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>감독(&amp;U)</source>
        <translation>S&amp;upervision</translation>
    </message>
    <message>
        <source>방문객 안내</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>직원 찾기</source>
        <translation>Find staff</translation>
    </message>
    <message>
        <source>처리기한 계산</source>
        <translation>Deadline calculator</translation>
    </message>
    <message>
        <source>부재 일정</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>사무실 배치도</source>
        <translation>Floor plans</translation>
    </message>
    <message>
        <source>직원·부서 관리</source>
        <translation>Staff and departments</translation>
    </message>
    <message>
        <source>전화메모</source>
        <translation>Phone memos</translation>
    </message>
    <message>
        <source>민원 처리</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>보상·시정조치</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>자체점검</source>
        <translation>Self-inspection</translation>
    </message>
    <message>
        <source>고객만족도 조사</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <source>개인정보 관리</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>개인정보(&amp;I)</source>
        <translation>Pr&amp;ivacy</translation>
    </message>
    <message>
        <source>계정·권한 관리</source>
        <translation>Accounts and roles</translation>
    </message>
    <message>
        <source>민원 데스크</source>
        <translation>Minwon Desk</translation>
    </message>
    <message>
        <source>화면 제목</source>
        <translation>Page title</translation>
    </message>
    <message>
        <source>기관 이름</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <source>로그인하지 않음</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>로그인한 사람</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>로그아웃</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>이 창구에서 일을 마칩니다. 열어 둔 창은 닫히고 로그인 화면이 나옵니다.</source>
        <translation>Finish work at this desk. Open windows close and the sign-in screen appears.</translation>
    </message>
    <message>
        <source>데이터베이스 상태</source>
        <translation>Database status</translation>
    </message>
    <message>
        <source>데이터베이스 안내</source>
        <translation>Database notice</translation>
    </message>
    <message>
        <source>다시 시도(&amp;R)</source>
        <translation>T&amp;ry again</translation>
    </message>
    <message>
        <source>데이터베이스를 다시 엽니다 (Alt+R)</source>
        <translation>Open the database again (Alt+R)</translation>
    </message>
    <message>
        <source>다시 시도</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>화면 목록</source>
        <translation>Page list</translation>
    </message>
    <message>
        <source>화면</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>파일(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>이동(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>방문객(&amp;V)</source>
        <translation>&amp;Visitors</translation>
    </message>
    <message>
        <source>끝내기(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>민원 데스크를 닫습니다 (Ctrl+Q)</source>
        <translation>Close Minwon Desk (Ctrl+Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>MemoActions</name>
    <message>
        <source>접수</source>
        <translation>Received</translation>
    </message>
    <message>
        <source> → {holder}</source>
        <translation> → {holder}</translation>
    </message>
    <message>
        <source>전달 {source} → {target}</source>
        <translation>Passed on {source} → {target}</translation>
    </message>
    <message>
        <source>대신 받음 {source} → {target}</source>
        <translation>Taken for {source} → {target}</translation>
    </message>
    <message>
        <source>담당자에게 돌려줌 {source} → {target}</source>
        <translation>Returned to the officer {source} → {target}</translation>
    </message>
    <message>
        <source>종결</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>{number} · {taken} 접수 ({by})</source>
        <translation>{number} · {taken} ({by})</translation>
    </message>
    <message>
        <source>전화하신 분: {caller}</source>
        <translation>Caller: {caller}</translation>
    </message>
    <message>
        <source>전화번호: {phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <source>회신 방법: {reply}</source>
        <translation>Reply by: {reply}</translation>
    </message>
    <message>
        <source>찾은 직원: {asked} → 맡은 사람: {holder} ({dept})</source>
        <translation>Asked for: {asked} → held by: {holder} ({dept})</translation>
    </message>
    <message>
        <source>맡은 사람: {holder} ({dept})</source>
        <translation>Held by: {holder} ({dept})</translation>
    </message>
    <message>
        <source>기한 없음</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>답신 기한: {due} · 시도 {n}회</source>
        <translation>Callback due: {due} · {n} attempts</translation>
    </message>
    <message>
        <source>끝남: {at} ({reason}) · 시도 {n}회</source>
        <translation>Finished: {at} ({reason}) · {n} attempts</translation>
    </message>
    <message>
        <source>요지:</source>
        <translation>Gist:</translation>
    </message>
    <message>
        <source>전달</source>
        <translation>Pass on</translation>
    </message>
    <message>
        <source>민원으로 등록(&amp;R)</source>
        <translation>&amp;Register as case</translation>
    </message>
    <message>
        <source>고른 메모를 민원으로 등록합니다. 전화하신 분, 요지, 맡은 직원이 채워진 등록 창이 열립니다 (Ctrl+Shift+C)</source>
        <translation>Register the chosen memo as a case. The form opens filled with the caller, the gist and the staff member holding it (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>민원으로 등록</source>
        <translation>Register as case</translation>
    </message>
    <message>
        <source>목록에서 메모를 고르면 내용과 처리 이력이 여기에 나옵니다.</source>
        <translation>Choose a memo in the list to see its content and history here.</translation>
    </message>
    <message>
        <source>로그인한 뒤에 메모 내용을 볼 수 있습니다.</source>
        <translation>Sign in to see the memo.</translation>
    </message>
    <message>
        <source>전화메모 상세</source>
        <translation>Phone memo details</translation>
    </message>
    <message>
        <source>{number}: {outcome} 기록했습니다 (시도 {n}회). 답신 기한은 계속 갑니다.</source>
        <translation>{number}: {outcome} recorded ({n} attempts). The callback deadline keeps running.</translation>
    </message>
    <message>
        <source>{number}: {outcome} — 답신을 마쳤습니다. 메모가 끝났습니다.</source>
        <translation>{number}: {outcome} — callback done. The memo is finished.</translation>
    </message>
    <message>
        <source>넘겨받을 직원을 고르세요 (이름이나 초성으로 찾기).</source>
        <translation>Choose the staff member to pass it to (find by name or initial consonants).</translation>
    </message>
    <message>
        <source>{number} 메모를 {holder}에게 넘겼습니다.</source>
        <translation>Memo {number} passed on to {holder}.</translation>
    </message>
    <message>
        <source>{number} 메모를 종결했습니다.</source>
        <translation>Memo {number} closed.</translation>
    </message>
    <message>
        <source>목록에서 메모를 먼저 고르세요.</source>
        <translation>First choose a memo in the list.</translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation>Sign in first to do this.</translation>
    </message>
</context>
<context>
    <name>MemoCallerNotices</name>
    <message>
        <source>전화하신 분께 보낼 알림 확인</source>
        <translation>Check the message to the caller</translation>
    </message>
    <message>
        <source>보내기</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>알림</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>받는 곳</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>전화하신 분께 보낼 알림 확인 — {number}</source>
        <translation>Check the message to the caller — {number}</translation>
    </message>
    <message>
        <source>{label} · 전화 메모 {number}</source>
        <translation>{label} · phone memo {number}</translation>
    </message>
    <message>
        <source>이 알림을 보내지 않습니다. 전화하신 분께는 전화로 알려 주세요 (Esc)</source>
        <translation>Don&apos;t send this message. Tell the caller by phone instead (Esc)</translation>
    </message>
</context>
<context>
    <name>MemoFilters</name>
    <message>
        <source>처리 중</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>끝난 메모</source>
        <translation>Finished memos</translation>
    </message>
    <message>
        <source>모두</source>
        <translation>All</translation>
    </message>
    <message>
        <source>모든 부서</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>모든 담당자</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>처리 중 {n}건</source>
        <translation>{n} open</translation>
    </message>
    <message>
        <source> · 기한 지남 {n}건</source>
        <translation> · {n} overdue</translation>
    </message>
    <message>
        <source>찾은 메모 {n}건</source>
        <translation>{n} memos found</translation>
    </message>
</context>
<context>
    <name>MemoForm</name>
    <message>
        <source>이메일 주소 (예: hong@example.com)</source>
        <translation>Email address (e.g. hong@example.com)</translation>
    </message>
    <message>
        <source>문자 받을 번호 (비우면 위 번호)</source>
        <translation>Number for text messages (empty: the number above)</translation>
    </message>
    <message>
        <source>전달만 합니다 — 회신도 알림도 없습니다</source>
        <translation>Passed on only — no callback and no messages</translation>
    </message>
    <message>
        <source>다른 번호로 회신 (비우면 위 번호)</source>
        <translation>Call back on another number (empty: the number above)</translation>
    </message>
    <message>
        <source>이 메모는 받은 직원이 가지고 있습니다.</source>
        <translation>This memo stays with the staff member who took it.</translation>
    </message>
    <message>
        <source>이 메모는 {holder}에게 갑니다.</source>
        <translation>This memo goes to {holder}.</translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation>Sign in first to do this.</translation>
    </message>
    <message>
        <source>메모 저장</source>
        <translation>Save memo</translation>
    </message>
    <message>
        <source>서버와 연결이 끊겨 메모를 이 PC에 보관했습니다(전송 대기). 다시 연결되면 전화를 받은 시각 그대로 보내고, 메모 번호는 그때 정해집니다.</source>
        <translation>The connection to the server was lost, so the memo is kept on this PC (waiting to send). It is sent with the time the call was taken once reconnected, and gets its number then.</translation>
    </message>
    <message>
        <source>{number} 메모를 받았습니다. 직접 회신해 주세요.</source>
        <translation>Memo {number} taken. Please call back yourself.</translation>
    </message>
    <message>
        <source>{number} 메모를 {asked} 대신 {holder}에게 전달했습니다.</source>
        <translation>Memo {number} passed on to {holder} in place of {asked}.</translation>
    </message>
    <message>
        <source>{number} 메모를 {holder}에게 전달했습니다.</source>
        <translation>Memo {number} passed on to {holder}.</translation>
    </message>
    <message>
        <source>회신 기한 {at}</source>
        <translation>Callback due {at}</translation>
    </message>
    <message>
        <source>{problem}
적은 내용은 그대로 있습니다. 원인을 해결한 뒤 Enter를 눌러 다시 저장하세요.</source>
        <translation>{problem}
What was typed is kept. Fix the cause, then press Enter to save again.</translation>
    </message>
</context>
<context>
    <name>MemoListModel</name>
    <message>
        <source>답신 기한</source>
        <translation>Callback due</translation>
    </message>
    <message>
        <source>전화하신 분</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>연락처</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>요지</source>
        <translation>Gist</translation>
    </message>
    <message>
        <source>회신</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>담당자</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>접수</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>시도</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>0초 지남</source>
        <translation>overdue by 0 s</translation>
    </message>
    <message>
        <source>기한 없음 · 접수 후 {waited}</source>
        <translation>No deadline · {waited} since received</translation>
    </message>
    <message>
        <source>답변함 · {at}</source>
        <translation>Answered · {at}</translation>
    </message>
    <message>
        <source>종결 · {at}</source>
        <translation>Closed · {at}</translation>
    </message>
    <message>
        <source> ({late} 늦음)</source>
        <translation> ({late} late)</translation>
    </message>
    <message>
        <source>접수 {at}</source>
        <translation>Received {at}</translation>
    </message>
    <message>
        <source>임박 {at}</source>
        <translation>Due soon {at}</translation>
    </message>
    <message>
        <source>답신 기한 {at}</source>
        <translation>Callback due {at}</translation>
    </message>
    <message>
        <source>종결 사유: {reason}</source>
        <translation>Reason closed: {reason}</translation>
    </message>
</context>
<context>
    <name>MemoNotices</name>
    <message>
        <source>전화메모가 왔습니다</source>
        <translation>A phone memo has come in</translation>
    </message>
    <message>
        <source>{caller} — {gist}</source>
        <translation>{caller} — {gist}</translation>
    </message>
    <message>
        <source>답신 기한이 지났습니다</source>
        <translation>A callback is overdue</translation>
    </message>
    <message>
        <source>{number} {caller} — {gist} (기한 {due})</source>
        <translation>{number} {caller} — {gist} (due {due})</translation>
    </message>
    <message>
        <source>전화메모</source>
        <translation>Phone memos</translation>
    </message>
    <message>
        <source>전화메모 ({n})</source>
        <translation>Phone memos ({n})</translation>
    </message>
    <message>
        <source>전화메모 ({n} · 지남 {late})</source>
        <translation>Phone memos ({n} · {late} overdue)</translation>
    </message>
    <message>
        <source>로그인하면 그 사람이 맡은 메모가 여기에 나옵니다.</source>
        <translation>After sign-in, the memos this person holds appear here.</translation>
    </message>
    <message>
        <source>맡은 메모가 없습니다.</source>
        <translation>No memos held.</translation>
    </message>
    <message>
        <source>맡은 메모 {n}건</source>
        <translation>{n} memos held</translation>
    </message>
    <message>
        <source> · 기한 지남 {n}건</source>
        <translation> · {n} overdue</translation>
    </message>
    <message>
        <source>처리 중 · {holder}</source>
        <translation>Open · {holder}</translation>
    </message>
    <message>
        <source>끝남</source>
        <translation>Finished</translation>
    </message>
</context>
<context>
    <name>MemoPage</name>
    <message>
        <source>알림을 보내지 못했습니다</source>
        <translation>A message could not be sent</translation>
    </message>
    <message>
        <source>통화 기록 찾기를 준비하는 중…</source>
        <translation>Getting the call record search ready…</translation>
    </message>
    <message>
        <source>전화메모</source>
        <translation>Phone memos</translation>
    </message>
    <message>
        <source>전화메모 받기</source>
        <translation>Take a phone memo</translation>
    </message>
    <message>
        <source>전화하신 분(&amp;N)</source>
        <translation>Caller (&amp;N)</translation>
    </message>
    <message>
        <source>예: 홍길동</source>
        <translation>e.g. Hong Gildong</translation>
    </message>
    <message>
        <source>전화하신 분</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>전화하신 분 오류</source>
        <translation>Caller error</translation>
    </message>
    <message>
        <source>회신 번호(&amp;P)</source>
        <translation>Callback &amp;number</translation>
    </message>
    <message>
        <source>예: 010-1234-5678</source>
        <translation>e.g. 010-1234-5678</translation>
    </message>
    <message>
        <source>회신 번호</source>
        <translation>Callback number</translation>
    </message>
    <message>
        <source>회신 번호 오류</source>
        <translation>Callback number error</translation>
    </message>
    <message>
        <source>소속(&amp;O)</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>회사·기관 (선택)</source>
        <translation>Company or agency (optional)</translation>
    </message>
    <message>
        <source>소속</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>소속 오류</source>
        <translation>Organisation error</translation>
    </message>
    <message>
        <source>찾는 직원(&amp;W)</source>
        <translation>Asked for (&amp;W)</translation>
    </message>
    <message>
        <source>전화로 찾는 직원</source>
        <translation>Staff member asked for</translation>
    </message>
    <message>
        <source>전화로 찾는 직원 오류</source>
        <translation>Staff member asked for error</translation>
    </message>
    <message>
        <source>메모가 갈 곳</source>
        <translation>Where the memo goes</translation>
    </message>
    <message>
        <source>요지(&amp;G)</source>
        <translation>&amp;Gist</translation>
    </message>
    <message>
        <source>무엇이 필요한지 한두 문장 (Ctrl+Enter로 저장)</source>
        <translation>What is needed, in a sentence or two (Ctrl+Enter saves)</translation>
    </message>
    <message>
        <source>요지</source>
        <translation>Gist</translation>
    </message>
    <message>
        <source>요지 오류</source>
        <translation>Gist error</translation>
    </message>
    <message>
        <source>회신 방법(&amp;R)</source>
        <translation>&amp;Reply by</translation>
    </message>
    <message>
        <source>회신 방법</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>회신 주소</source>
        <translation>Reply address</translation>
    </message>
    <message>
        <source>회신 주소 오류</source>
        <translation>Reply address error</translation>
    </message>
    <message>
        <source>메모 저장 (Enter)</source>
        <translation>Save memo (Enter)</translation>
    </message>
    <message>
        <source>메모를 저장하고 담당자에게 전달합니다 (Enter, 요지 칸에서는 Ctrl+Enter)</source>
        <translation>Save the memo and pass it to the officer (Enter; Ctrl+Enter in the gist)</translation>
    </message>
    <message>
        <source>메모 저장</source>
        <translation>Save memo</translation>
    </message>
    <message>
        <source>지우기 (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <source>적은 내용을 모두 지웁니다 (Esc)</source>
        <translation>Clear everything typed (Esc)</translation>
    </message>
    <message>
        <source>메모 지우기</source>
        <translation>Clear memo</translation>
    </message>
    <message>
        <source>Enter 저장 · 요지 칸은 Ctrl+Enter · Esc 지우기</source>
        <translation>Enter saves · Ctrl+Enter in the gist · Esc clears</translation>
    </message>
    <message>
        <source>메모 저장 결과</source>
        <translation>Memo save result</translation>
    </message>
    <message>
        <source>자리를 비운 동안 대신 처리된 메모</source>
        <translation>Memos handled for you while you were away</translation>
    </message>
    <message>
        <source>대신 처리된 메모</source>
        <translation>Memos handled for you</translation>
    </message>
    <message>
        <source>대신 처리된 메모 목록</source>
        <translation>List of memos handled for you</translation>
    </message>
    <message>
        <source>메모 목록</source>
        <translation>Memo lists</translation>
    </message>
    <message>
        <source>내 메모</source>
        <translation>My memos</translation>
    </message>
    <message>
        <source>내 메모 요약</source>
        <translation>My memos summary</translation>
    </message>
    <message>
        <source>내 메모 목록</source>
        <translation>My memo list</translation>
    </message>
    <message>
        <source>전체 메모</source>
        <translation>All memos</translation>
    </message>
    <message>
        <source>찾기(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>전화하신 분, 번호, 요지의 낱말</source>
        <translation>Words of the caller, number or gist</translation>
    </message>
    <message>
        <source>메모 검색</source>
        <translation>Memo search</translation>
    </message>
    <message>
        <source>메모 부서로 거르기</source>
        <translation>Filter memos by department</translation>
    </message>
    <message>
        <source>담당자로 거르기</source>
        <translation>Filter by officer</translation>
    </message>
    <message>
        <source>상태로 거르기</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>접수일</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>접수일로 거르기</source>
        <translation>Filter by date received</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>접수일 시작</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>~</source>
        <translation>~</translation>
    </message>
    <message>
        <source>접수일 끝</source>
        <translation>Received until</translation>
    </message>
    <message>
        <source>전체 메모 요약</source>
        <translation>All memos summary</translation>
    </message>
    <message>
        <source>전체 메모 목록</source>
        <translation>All memo list</translation>
    </message>
    <message>
        <source>고른 메모</source>
        <translation>Chosen memo</translation>
    </message>
    <message>
        <source>메모 내용</source>
        <translation>Memo content</translation>
    </message>
    <message>
        <source>처리 이력</source>
        <translation>History</translation>
    </message>
    <message>
        <source>메모·사유(&amp;E)</source>
        <translation>Memo or &amp;reason</translation>
    </message>
    <message>
        <source>통화 결과 메모(선택), 전달할 때 남길 말, 종결 사유</source>
        <translation>Call outcome note (optional), a word when passing it on, reason for closing</translation>
    </message>
    <message>
        <source>메모와 사유</source>
        <translation>Note and reason</translation>
    </message>
    <message>
        <source>메모와 사유 오류</source>
        <translation>Note and reason error</translation>
    </message>
    <message>
        <source>통화함</source>
        <translation>Talked</translation>
    </message>
    <message>
        <source>받지 않음</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>메시지 남김</source>
        <translation>Left word</translation>
    </message>
    <message>
        <source>이메일로 답변</source>
        <translation>Emailed</translation>
    </message>
    <message>
        <source>문자로 답변</source>
        <translation>Texted</translation>
    </message>
    <message>
        <source>전달받을 직원(&amp;T)</source>
        <translation>Pass on &amp;to</translation>
    </message>
    <message>
        <source>전달받을 직원</source>
        <translation>Staff member to pass it to</translation>
    </message>
    <message>
        <source>전달</source>
        <translation>Pass on</translation>
    </message>
    <message>
        <source>종결</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>전달받을 직원 오류</source>
        <translation>Staff member to pass it to error</translation>
    </message>
    <message>
        <source>메모 처리 결과</source>
        <translation>Memo outcome</translation>
    </message>
    <message>
        <source>새 전화메모(&amp;M)</source>
        <translation>New phone &amp;memo</translation>
    </message>
    <message>
        <source>전화메모 받기 칸으로 갑니다 (Ctrl+M)</source>
        <translation>Go to the phone memo form (Ctrl+M)</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>내 메모(&amp;Y)</source>
        <translation>M&amp;y memos</translation>
    </message>
    <message>
        <source>이 창구 근무자가 맡은 메모, 기한 지난 것부터 (Ctrl+Shift+M)</source>
        <translation>Memos held by the person at this desk, overdue first (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>전체 메모 찾기(&amp;A)</source>
        <translation>Search &amp;all memos</translation>
    </message>
    <message>
        <source>처리 중인 메모 전체와 지난 메모 검색 (Ctrl+Shift+A)</source>
        <translation>All open memos, and search of past memos (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>전화하신 분과 통화했습니다: 메모가 끝납니다 (F5)</source>
        <translation>Talked with the caller: the memo is finished (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>전화했지만 받지 않았습니다: 기한은 계속 갑니다 (F6)</source>
        <translation>Called but no answer: the deadline keeps running (F6)</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>음성 메시지나 다른 분께 말을 남겼습니다: 기한은 계속 갑니다 (F7)</source>
        <translation>Left a voice message or word with someone else: the deadline keeps running (F7)</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>원하신 대로 이메일로 답했습니다: 메모가 끝납니다 (F8)</source>
        <translation>Answered by email as asked: the memo is finished (F8)</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>원하신 대로 문자로 답했습니다: 메모가 끝납니다 (F9)</source>
        <translation>Answered by text as asked: the memo is finished (F9)</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>다른 직원에게 전달(&amp;T)</source>
        <translation>Pass on &amp;to another staff member</translation>
    </message>
    <message>
        <source>고른 메모를 &apos;전달받을 직원&apos;에게 넘깁니다. &apos;메모·사유&apos;에 넘기는 까닭을 적으세요 (Ctrl+T)</source>
        <translation>Pass the chosen memo to the &apos;Pass on to&apos; staff member. Write why under &apos;Memo or reason&apos; (Ctrl+T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>종결(&amp;C)</source>
        <translation>&amp;Close memo</translation>
    </message>
    <message>
        <source>답신 없이 메모를 끝냅니다. &apos;메모·사유&apos;에 사유를 적으세요 (Ctrl+Shift+E)</source>
        <translation>Finish the memo without a callback. Write the reason under &apos;Memo or reason&apos; (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
</context>
<context>
    <name>OfficesPage</name>
    <message>
        <source>회의실</source>
        <translation>Meeting room</translation>
    </message>
    <message>
        <source>출입구</source>
        <translation>Entrance</translation>
    </message>
    <message>
        <source>수납장</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>책상을 놓을 사무실을 목록에서 먼저 고르세요.</source>
        <translation>First choose in the list the office to put the desk in.</translation>
    </message>
    <message>
        <source>빈 칸이 없습니다. 사무실 크기를 늘리거나 쓰지 않는 책상을 지운 뒤 다시 해 주세요.</source>
        <translation>There is no free square. Enlarge the office or remove an unused desk, then try again.</translation>
    </message>
    <message>
        <source>책상({label})을 추가했습니다. 편집 모드에서 끌어서 자리를 잡아 주세요.</source>
        <translation>Desk {label} added. Drag it into place in edit mode.</translation>
    </message>
    <message>
        <source>지울 책상을 배치도에서 먼저 고르세요.</source>
        <translation>First choose the desk to remove on the floor plan.</translation>
    </message>
    <message>
        <source>책상({label})을 지웠습니다.</source>
        <translation>Desk {label} removed.</translation>
    </message>
    <message>
        <source>자리를 배정할 책상을 배치도에서 먼저 고르세요.</source>
        <translation>First choose on the floor plan the desk to assign.</translation>
    </message>
    <message>
        <source>자리에 앉을 직원을 고르세요.</source>
        <translation>Choose the staff member to sit there.</translation>
    </message>
    <message>
        <source>{name} 님을 {label} 자리에 배정했습니다.</source>
        <translation>{name} assigned to seat {label}.</translation>
    </message>
    <message>
        <source>전에 앉던 {where} {label} 자리는 비었습니다.</source>
        <translation>The former seat {where} {label} is now free.</translation>
    </message>
    <message>
        <source>비울 자리(사람이 앉은 책상)를 배치도에서 먼저 고르세요.</source>
        <translation>First choose on the floor plan the seat to free (a desk someone sits at).</translation>
    </message>
    <message>
        <source>{label} 자리를 비웠습니다 ({name} 님).</source>
        <translation>Seat {label} freed ({name}).</translation>
    </message>
    <message>
        <source>공간을 놓을 사무실을 목록에서 먼저 고르세요.</source>
        <translation>First choose in the list the office to put the space in.</translation>
    </message>
    <message>
        <source>그 크기의 빈 곳이 없습니다. 크기를 줄이거나 사무실 크기를 늘린 뒤 다시 해 주세요.</source>
        <translation>There is no free area that size. Make it smaller or enlarge the office, then try again.</translation>
    </message>
    <message>
        <source>공간({name})을 추가했습니다. 편집 모드에서 끌어서 자리를 잡아 주세요.</source>
        <translation>Space {name} added. Drag it into place in edit mode.</translation>
    </message>
    <message>
        <source>지울 공간을 배치도에서 먼저 고르세요.</source>
        <translation>First choose the space to remove on the floor plan.</translation>
    </message>
    <message>
        <source>공간을 지웠습니다.</source>
        <translation>Space removed.</translation>
    </message>
    <message>
        <source>배치도에서 책상을 고르세요 (PageDown).</source>
        <translation>Choose a desk on the floor plan (PageDown).</translation>
    </message>
    <message>
        <source>{name} {position}</source>
        <translation>{name} {position}</translation>
    </message>
    <message>
        <source>빈 자리</source>
        <translation>Free seat</translation>
    </message>
    <message>
        <source>고른 책상: {label} · {who}</source>
        <translation>Chosen desk: {label} · {who}</translation>
    </message>
    <message>
        <source>왼쪽에서 사무실을 고르거나 새 사무실을 추가하세요.</source>
        <translation>Choose an office on the left or add a new one.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; 사무실을 추가했습니다.</source>
        <translation>Office &apos;{name}&apos; added.</translation>
    </message>
    <message>
        <source>고칠 사무실을 목록에서 먼저 고르세요.</source>
        <translation>First choose in the list the office to change.</translation>
    </message>
    <message>
        <source>사무실 정보를 저장했습니다.</source>
        <translation>Office details saved.</translation>
    </message>
    <message>
        <source>(여러 부서·없음)</source>
        <translation>(several departments or none)</translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation>Sign in first to do this.</translation>
    </message>
    <message>
        <source>사무실 배치도</source>
        <translation>Floor plans</translation>
    </message>
    <message>
        <source>사무실(&amp;O)</source>
        <translation>&amp;Offices</translation>
    </message>
    <message>
        <source>사무실 목록</source>
        <translation>Office list</translation>
    </message>
    <message>
        <source>사무실 정보</source>
        <translation>Office details</translation>
    </message>
    <message>
        <source>이름(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>예: 민원실</source>
        <translation>e.g. Civil affairs office</translation>
    </message>
    <message>
        <source>사무실 이름</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>건물</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>예: 본관</source>
        <translation>e.g. Main building</translation>
    </message>
    <message>
        <source>층</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>예: 1층</source>
        <translation>e.g. 1st floor</translation>
    </message>
    <message>
        <source>크기(칸)</source>
        <translation>Size (squares)</translation>
    </message>
    <message>
        <source>가로 </source>
        <translation>Width </translation>
    </message>
    <message>
        <source>가로 칸 수</source>
        <translation>Width in squares</translation>
    </message>
    <message>
        <source>세로 </source>
        <translation>Depth </translation>
    </message>
    <message>
        <source>세로 칸 수</source>
        <translation>Depth in squares</translation>
    </message>
    <message>
        <source>부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>사무실 부서</source>
        <translation>Office department</translation>
    </message>
    <message>
        <source>사무실 추가</source>
        <translation>Add office</translation>
    </message>
    <message>
        <source>위에 쓴 이름과 크기로 새 사무실을 만듭니다</source>
        <translation>Make a new office with the name and size above</translation>
    </message>
    <message>
        <source>편집 저장</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>고른 사무실의 이름·건물·층·크기·부서를 바꿉니다</source>
        <translation>Change the chosen office&apos;s name, building, floor, size and department</translation>
    </message>
    <message>
        <source>사무실 편집 저장</source>
        <translation>Save office changes</translation>
    </message>
    <message>
        <source>사무실 알림</source>
        <translation>Office notice</translation>
    </message>
    <message>
        <source>회의실·출입구</source>
        <translation>Meeting rooms and doors</translation>
    </message>
    <message>
        <source>회의실과 출입구</source>
        <translation>Meeting rooms and doors</translation>
    </message>
    <message>
        <source>공간 종류</source>
        <translation>Space kind</translation>
    </message>
    <message>
        <source>이름 (예: 소회의실)</source>
        <translation>Name (e.g. small meeting room)</translation>
    </message>
    <message>
        <source>공간 이름</source>
        <translation>Space name</translation>
    </message>
    <message>
        <source>공간 가로 칸 수</source>
        <translation>Space width in squares</translation>
    </message>
    <message>
        <source>공간 세로 칸 수</source>
        <translation>Space depth in squares</translation>
    </message>
    <message>
        <source>추가</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>빈 칸에 공간을 놓습니다. 편집 모드에서 끌어 자리를 잡으세요</source>
        <translation>Put the space in a free area. Drag it into place in edit mode</translation>
    </message>
    <message>
        <source>공간 추가</source>
        <translation>Add space</translation>
    </message>
    <message>
        <source>삭제</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>배치도에서 고른 공간을 지웁니다</source>
        <translation>Remove the space chosen on the floor plan</translation>
    </message>
    <message>
        <source>공간 삭제</source>
        <translation>Remove space</translation>
    </message>
    <message>
        <source>공간 알림</source>
        <translation>Space notice</translation>
    </message>
    <message>
        <source>배치도 제목</source>
        <translation>Floor plan title</translation>
    </message>
    <message>
        <source>편집 모드 (Ctrl+E)</source>
        <translation>Edit mode (Ctrl+E)</translation>
    </message>
    <message>
        <source>켜면 책상과 공간을 끌어서 옮깁니다. Ctrl+방향키로 한 칸씩, 회의실은 오른쪽 아래 모서리를 끌어 크기를 바꿉니다</source>
        <translation>When on, desks and spaces are moved by dragging. Ctrl+arrow keys move one step; drag a meeting room&apos;s bottom-right corner to resize it</translation>
    </message>
    <message>
        <source>편집 모드</source>
        <translation>Edit mode</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>축소 (-)</source>
        <translation>Zoom out (-)</translation>
    </message>
    <message>
        <source>축소</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>확대 (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>확대</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>전체 보기</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>배치도 전체를 한 화면에 (0)</source>
        <translation>The whole floor plan on one screen (0)</translation>
    </message>
    <message>
        <source>배치도 알림</source>
        <translation>Floor plan notice</translation>
    </message>
    <message>
        <source>책상과 자리</source>
        <translation>Desks and seats</translation>
    </message>
    <message>
        <source>고른 책상</source>
        <translation>Chosen desk</translation>
    </message>
    <message>
        <source>책상 번호 (예: A-13)</source>
        <translation>Desk number (e.g. A-13)</translation>
    </message>
    <message>
        <source>새 책상 번호</source>
        <translation>New desk number</translation>
    </message>
    <message>
        <source>책상 추가</source>
        <translation>Add desk</translation>
    </message>
    <message>
        <source>빈 칸에 책상을 놓습니다. 편집 모드에서 끌어 자리를 잡으세요</source>
        <translation>Put a desk in a free square. Drag it into place in edit mode</translation>
    </message>
    <message>
        <source>책상 삭제</source>
        <translation>Remove desk</translation>
    </message>
    <message>
        <source>고른 빈 책상을 지웁니다</source>
        <translation>Remove the chosen empty desk</translation>
    </message>
    <message>
        <source>자리에 앉을 직원</source>
        <translation>Staff member to sit there</translation>
    </message>
    <message>
        <source>자리 배정</source>
        <translation>Assign seat</translation>
    </message>
    <message>
        <source>고른 책상에 이 직원을 앉힙니다. 다른 자리에 있던 사람은 옮겨 옵니다</source>
        <translation>Seat this staff member at the chosen desk. Anyone seated elsewhere moves here</translation>
    </message>
    <message>
        <source>자리 비우기</source>
        <translation>Free seat</translation>
    </message>
    <message>
        <source>책상 알림</source>
        <translation>Desk notice</translation>
    </message>
    <message>
        <source>배치도 편집 모드(&amp;E)</source>
        <translation>Floor plan &amp;edit mode</translation>
    </message>
    <message>
        <source>책상과 공간을 끌어서 옮기는 모드를 켜고 끕니다 (Ctrl+E)</source>
        <translation>Turn on or off the mode where desks and spaces are moved by dragging (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>배치도로(&amp;P)</source>
        <translation>To the floor &amp;plan</translation>
    </message>
    <message>
        <source>배치도로 갑니다: 방향키로 움직이고 PageDown으로 책상을 고릅니다 (Ctrl+Shift+L)</source>
        <translation>Go to the floor plan: move with the arrow keys, choose desks with PageDown (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
</context>
<context>
    <name>OverflowRow</name>
    <message>
        <source>더보기</source>
        <translation>More</translation>
    </message>
    <message>
        <source>자리가 좁아 단추로 보이지 않는 일들</source>
        <translation>Actions with no room to show as buttons</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>비밀번호 바꾸기</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>{name} 님, 처음 받은 비밀번호는 한 번만 쓸 수 있습니다. 새 비밀번호를 정해야 일을 시작할 수 있습니다.</source>
        <translation>{name}, the first password works only once. Set a new password to start work.</translation>
    </message>
    <message>
        <source>비밀번호 규칙</source>
        <translation>Password rule</translation>
    </message>
    <message>
        <source>지금 비밀번호</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>새 비밀번호</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>새 비밀번호 확인</source>
        <translation>Confirm new password</translation>
    </message>
    <message>
        <source>지금 비밀번호(&amp;O)</source>
        <translation>Current password (&amp;O)</translation>
    </message>
    <message>
        <source>새 비밀번호(&amp;N)</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>새 비밀번호 확인(&amp;C)</source>
        <translation>&amp;Confirm new password</translation>
    </message>
    <message>
        <source>비밀번호 안내</source>
        <translation>Password notice</translation>
    </message>
    <message>
        <source>바꾸기</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>새 비밀번호 두 칸이 다릅니다. 다시 입력하세요.</source>
        <translation>The two new passwords differ. Please type them again.</translation>
    </message>
</context>
<context>
    <name>PendingItems</name>
    <message>
        <source> (전송 대기)</source>
        <translation> (waiting to send)</translation>
    </message>
    <message>
        <source>전송 대기 전화메모 (번호는 보낼 때 정해짐)</source>
        <translation>Phone memos waiting to send (numbered when sent)</translation>
    </message>
    <message>
        <source>전송 대기 전화메모</source>
        <translation>Phone memos waiting to send</translation>
    </message>
    <message>
        <source>전송 대기 전화메모 목록</source>
        <translation>List of phone memos waiting to send</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>문서는 그대로 있으니 ‘PDF로 저장…’으로 저장해 둘 수 있습니다.</source>
        <translation>The document is kept: use &apos;Save as PDF…&apos; to keep a copy.</translation>
    </message>
    <message>
        <source>인쇄 — {title}</source>
        <translation>Print — {title}</translation>
    </message>
    <message>
        <source>PDF 파일로 </source>
        <translation>to a PDF file </translation>
    </message>
    <message>
        <source>PDF 파일로 저장했습니다: {path}</source>
        <translation>Saved as a PDF file: {path}</translation>
    </message>
    <message>
        <source>프린터를 고르지 않았습니다. 인쇄 창에서 프린터를 고르세요.</source>
        <translation>No printer was chosen. Choose a printer in the print dialog.</translation>
    </message>
    <message>
        <source>{name} 프린터로 {pages}쪽을 보냈습니다.</source>
        <translation>Sent {pages} pages to printer {name}.</translation>
    </message>
    <message>
        <source>작업 {job}</source>
        <translation>job {job}</translation>
    </message>
    <message>
        <source>{n}부</source>
        <translation>{n} copies</translation>
    </message>
    <message>
        <source>{pages}쪽</source>
        <translation>{pages} pages</translation>
    </message>
    <message>
        <source>{name} 인쇄 대기열에 보냈습니다 ({details}).</source>
        <translation>Sent to the print queue {name} ({details}).</translation>
    </message>
    <message>
        <source>인쇄하지 못했습니다</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>{name} 프린터를 열지 못했습니다. 프린터가 켜져 있는지 확인하고 다시 시도하세요.</source>
        <translation>Could not open printer {name}. Check that it is on and try again.</translation>
    </message>
    <message>
        <source>선택한</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>프린터가 다음 쪽을 받지 않았습니다.</source>
        <translation>The printer did not accept the next page.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>개인정보 관리</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>검사하는 중…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>검사를 취소했습니다.</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <source>감사 기록과 접속기록을 검사하는 중…</source>
        <translation>Checking the audit trail and the access log…</translation>
    </message>
    <message>
        <source>{month} 접속기록을 읽는 중…</source>
        <translation>Reading the access log for {month}…</translation>
    </message>
    <message>
        <source>{month} 점검을 기록했습니다 ({who}, {at}).</source>
        <translation>Review for {month} recorded ({who}, {at}).</translation>
    </message>
    <message>
        <source>접속기록 점검 저장</source>
        <translation>Save access log review</translation>
    </message>
    <message>
        <source>PDF 문서 (*.pdf);;엑셀 파일 (*.xlsx)</source>
        <translation>PDF document (*.pdf);;Excel file (*.xlsx)</translation>
    </message>
    <message>
        <source>저장했습니다: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>위변조 검사(&amp;V)</source>
        <translation>&amp;Verify integrity</translation>
    </message>
    <message>
        <source>이전 달(&amp;B)</source>
        <translation>Previous month (&amp;B)</translation>
    </message>
    <message>
        <source>다음 달(&amp;F)</source>
        <translation>Next month (&amp;F)</translation>
    </message>
    <message>
        <source>다시 읽기(&amp;R)</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>파일로 저장(&amp;S)…</source>
        <translation>&amp;Save to file…</translation>
    </message>
    <message>
        <source>위변조 검사</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <source>감사 기록과 접속기록이 기록된 뒤 고쳐지거나 지워지지 않았는지 검사합니다.</source>
        <translation>Checks that the audit trail and the access log have not been altered or deleted since they were written.</translation>
    </message>
    <message>
        <source>위변조 검사 결과</source>
        <translation>Integrity check result</translation>
    </message>
    <message>
        <source>점검 알림</source>
        <translation>Review notice</translation>
    </message>
    <message>
        <source>점검 요약</source>
        <translation>Review summary</translation>
    </message>
    <message>
        <source>파일로 저장…</source>
        <translation>Save to file…</translation>
    </message>
    <message>
        <source>파일로 저장</source>
        <translation>Save to file</translation>
    </message>
    <message>
        <source>개인정보 관리 알림</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation>Sign in first to do this.</translation>
    </message>
    <message>
        <source>{title} 기준</source>
        <translation>As of {title}</translation>
    </message>
    <message>
        <source>{title} 없음</source>
        <translation>No {title}</translation>
    </message>
    <message>
        <source>접속기록 점검 내용</source>
        <translation>Access log review notes</translation>
    </message>
    <message>
        <source>점검 결과</source>
        <translation>Review findings</translation>
    </message>
    <message>
        <source>무엇을 확인했고 무엇을 찾았는지 적어 주세요. 이상이 없으면 &apos;이상 없음&apos;.</source>
        <translation>Write what you checked and what you found. If all is well, &apos;Nothing found&apos;.</translation>
    </message>
    <message>
        <source>점검 완료 기록</source>
        <translation>Record review done</translation>
    </message>
    <message>
        <source>이 달의 점검을 마쳤다고 기록합니다 (Ctrl+Enter)</source>
        <translation>Record that this month&apos;s review is done (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>점검 기록 안내</source>
        <translation>Review record note</translation>
    </message>
    <message>
        <source>이 달은 이미 점검이 기록되어 있습니다. 다시 점검했으면 새 기록으로 더합니다.</source>
        <translation>A review is already recorded for this month. If you reviewed again, it is added as a new record.</translation>
    </message>
    <message>
        <source>점검을 마쳤으면 결과를 적고 &apos;점검 완료 기록&apos;을 누르세요 (Ctrl+Enter).</source>
        <translation>When the review is done, write the findings and press &apos;Record review done&apos; (Ctrl+Enter).</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>내려받는 사유</source>
        <translation>Reason for download</translation>
    </message>
    <message>
        <source>{what}에는 개인정보가 담길 수 있습니다. 내려받는 사유를 적어 주세요. 사유는 계정·시각과 함께 접속기록에 남습니다.</source>
        <translation>{what} may contain personal data. Please give the reason for downloading it. The reason is kept in the access log with your account and the time.</translation>
    </message>
    <message>
        <source>사유 안내</source>
        <translation>About the reason</translation>
    </message>
    <message>
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>예: 감사원 자료 요구에 따른 제출</source>
        <translation>e.g. Submission requested by the Board of Audit and Inspection</translation>
    </message>
    <message>
        <source>사유 오류</source>
        <translation>Reason error</translation>
    </message>
    <message>
        <source>내려받기</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <source>입력한 내용: {typed}</source>
        <translation>Typed: {typed}</translation>
    </message>
    <message>
        <source>받지 않은 이유: {reason}</source>
        <translation>Why not accepted: {reason}</translation>
    </message>
    <message>
        <source>서버가 받지 않은 기록</source>
        <translation>Records not accepted by the server</translation>
    </message>
    <message>
        <source>서버가 끊긴 동안 이 PC에 보관했다가 보냈지만 서버가 받지 않은 기록입니다. 이유를 확인하고 다시 입력하거나 지우세요.</source>
        <translation>These records were kept on this PC while the server was away and sent later, but the server did not accept them. Check why, then type them again or delete them.</translation>
    </message>
    <message>
        <source>받지 않은 기록 목록</source>
        <translation>List of records not accepted</translation>
    </message>
    <message>
        <source>다시 입력(&amp;A)</source>
        <translation>Type &amp;again</translation>
    </message>
    <message>
        <source>지우기(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>기록 종류</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <source>건수</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>가장 오래된 날</source>
        <translation>Oldest</translation>
    </message>
    <message>
        <source>보존기간</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>대상(처리 완료)</source>
        <translation>Due (closed)</translation>
    </message>
    <message>
        <source>근거</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>파기한 개인정보는 되돌릴 수 없음을 확인했습니다(&amp;K)</source>
        <translation>I understand destroyed personal data cannot be recovered (&amp;K)</translation>
    </message>
    <message>
        <source>지금 파기(&amp;P)</source>
        <translation>Destroy now (&amp;P)</translation>
    </message>
    <message>
        <source>%v / %m건</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>멈추기(&amp;C)</source>
        <translation>Stop (&amp;C)</translation>
    </message>
    <message>
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>기간</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>파기 일시</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>처리자</source>
        <translation>By</translation>
    </message>
    <message>
        <source>파기 방법</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>파기 대장 인쇄·PDF(&amp;L)…</source>
        <translation>Print destruction &amp;ledger / PDF…</translation>
    </message>
    <message>
        <source>파기 대장</source>
        <translation>Destruction ledger</translation>
    </message>
    <message>
        <source>파기 대상</source>
        <translation>Due for destruction</translation>
    </message>
    <message>
        <source>파기 대상 요약</source>
        <translation>Summary of what is due for destruction</translation>
    </message>
    <message>
        <source>파기 확인</source>
        <translation>Confirm destruction</translation>
    </message>
    <message>
        <source>지금 파기</source>
        <translation>Destroy now</translation>
    </message>
    <message>
        <source>파기 진행</source>
        <translation>Destruction progress</translation>
    </message>
    <message>
        <source>파기 멈추기</source>
        <translation>Stop destruction</translation>
    </message>
    <message>
        <source>파기 대장 인쇄</source>
        <translation>Print the destruction ledger</translation>
    </message>
    <message>
        <source>보존·파기 안내</source>
        <translation>Retention and destruction messages</translation>
    </message>
    <message>
        <source>보존기간이 지난 기록 (이행표준 파일의 [retention])</source>
        <translation>Records past their retention period ([retention] in the charter file)</translation>
    </message>
    <message>
        <source>보존기간을 확인하는 중…</source>
        <translation>Checking retention periods…</translation>
    </message>
    <message>
        <source>{n}건</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{day} 이전</source>
        <translation>before {day}</translation>
    </message>
    <message>
        <source> (이름·번호가 없어 보관)</source>
        <translation> (kept: no name or number)</translation>
    </message>
    <message>
        <source>파기할 기록이 모두 {n}건입니다.</source>
        <translation>Records to destroy: {n} in all.</translation>
    </message>
    <message>
        <source>보존기간이 지난 기록이 없습니다.</source>
        <translation>No records are past their retention period.</translation>
    </message>
    <message>
        <source> (진행 중)</source>
        <translation> (in progress)</translation>
    </message>
    <message>
        <source>파기하는 중입니다…</source>
        <translation>Destroying…</translation>
    </message>
    <message>
        <source>{kind} {n}건</source>
        <translation>{kind}: {n}</translation>
    </message>
    <message>
        <source>파기할 기록이 없습니다.</source>
        <translation>Nothing to destroy.</translation>
    </message>
    <message>
        <source>취소했습니다. 그때까지 파기한 기록은 대장 {run}번에 남겼습니다: {counts}</source>
        <translation>Cancelled. What was destroyed until then is in ledger entry {run}: {counts}</translation>
    </message>
    <message>
        <source>없음</source>
        <translation>none</translation>
    </message>
    <message>
        <source>파기했습니다: {counts}. 파기 대장 {run}번에 기록했습니다.</source>
        <translation>Destroyed: {counts}. Recorded in destruction ledger entry {run}.</translation>
    </message>
    <message>
        <source>파기를 멈췄습니다. 그때까지 파기한 기록은 파기 대장에 남겼고, 남은 기록은 다음 파기 때 처리합니다.</source>
        <translation>Destruction stopped. What was destroyed until then is in the destruction ledger; the rest will go at the next destruction.</translation>
    </message>
    <message>
        <source>보존기간이 지난 기록을 파기하는 중…</source>
        <translation>Destroying records past their retention period…</translation>
    </message>
    <message>
        <source>파기 대장을 만드는 중…</source>
        <translation>Making the destruction ledger…</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>매우 불만족</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>불만족</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>보통</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>만족</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>매우 만족</source>
        <translation>Very satisfied</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>알림 발송</source>
        <translation>Sending notices</translation>
    </message>
    <message>
        <source>이 창구의 이름 (감사 기록과 상태 표시줄에 나옵니다)</source>
        <translation>This desk&apos;s name (shown in the audit records and the status bar)</translation>
    </message>
    <message>
        <source>창구 이름</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <source>쓰는 고객응대서비스 이행표준: &apos;mss&apos;, &apos;tipa&apos; 또는 TOML 파일 경로</source>
        <translation>The customer service charter in use: &apos;mss&apos;, &apos;tipa&apos; or the path of a TOML file</translation>
    </message>
    <message>
        <source>이행표준</source>
        <translation>Service charter</translation>
    </message>
    <message>
        <source>데이터베이스 주소. 비워 두면 데이터 폴더의 minwon.db(SQLite)를 씁니다. 여러 창구가 함께 쓰려면 postgresql+psycopg://사용자@서버/데이터베이스</source>
        <translation>Database address. Empty: minwon.db (SQLite) in the data folder. For several desks together: postgresql+psycopg://user@server/database</translation>
    </message>
    <message>
        <source>데이터베이스 주소</source>
        <translation>Database address</translation>
    </message>
    <message>
        <source>응대 기한이 되면 소리를 냅니다</source>
        <translation>Play a sound when a service time limit is reached</translation>
    </message>
    <message>
        <source>알림 소리</source>
        <translation>Alert sound</translation>
    </message>
    <message>
        <source>입력이 없을 때 화면을 잠그기까지의 시간(분, 1~120)</source>
        <translation>Minutes without input before the screen locks (1–120)</translation>
    </message>
    <message>
        <source>화면 잠금(분)</source>
        <translation>Screen lock (min)</translation>
    </message>
    <message>
        <source>화면이 잠겨 있어도 대기 현황(대기 시간, 가린 이름, 도착 시각)을 보여 줍니다</source>
        <translation>Show the waiting board (waiting time, masked names, arrival time) while the screen is locked</translation>
    </message>
    <message>
        <source>잠금 중 대기 현황</source>
        <translation>Waiting board while locked</translation>
    </message>
    <message>
        <source>화면 언어: &apos;ko&apos; 또는 &apos;en&apos;</source>
        <translation>Display language: &apos;ko&apos; or &apos;en&apos;</translation>
    </message>
    <message>
        <source>화면 언어</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>하루 한 번 데이터베이스를 스스로 백업합니다 (공유 서버에서는 한 창구만 합니다)</source>
        <translation>Back up the database once a day on its own (on a shared server, one desk does it)</translation>
    </message>
    <message>
        <source>자동 백업</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>자동 백업을 둘 폴더. 비워 두면 데이터 폴더의 backups 폴더</source>
        <translation>Folder for the automatic backups. Empty: the backups folder in the data folder</translation>
    </message>
    <message>
        <source>백업 폴더</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>자동 백업을 최근 몇 개까지 둘지 (1~365, 오래된 것부터 지웁니다)</source>
        <translation>How many automatic backups to keep (1–365; the oldest go first)</translation>
    </message>
    <message>
        <source>백업 보관 개수</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <source>민원인에게 이메일을 보낼 기관 메일 서버(SMTP) 주소. 비워 두면 이메일을 보내지 않고 알림을 실패로 남깁니다</source>
        <translation>The agency&apos;s mail server (SMTP) for e-mails to petitioners. Empty: no e-mail is sent and the notice is left as failed</translation>
    </message>
    <message>
        <source>메일 서버</source>
        <translation>Mail server</translation>
    </message>
    <message>
        <source>메일 서버 포트 (STARTTLS 587, TLS 465, 암호화 없음 25)</source>
        <translation>Mail server port (STARTTLS 587, TLS 465, no encryption 25)</translation>
    </message>
    <message>
        <source>메일 서버 포트</source>
        <translation>Mail server port</translation>
    </message>
    <message>
        <source>메일 서버 연결 보안: &apos;starttls&apos;, &apos;tls&apos; 또는 &apos;none&apos;</source>
        <translation>Mail server connection security: &apos;starttls&apos;, &apos;tls&apos; or &apos;none&apos;</translation>
    </message>
    <message>
        <source>연결 보안</source>
        <translation>Connection security</translation>
    </message>
    <message>
        <source>암호화 없음</source>
        <translation>No encryption</translation>
    </message>
    <message>
        <source>메일 서버 로그인 이름 (비워 두면 인증하지 않음)</source>
        <translation>Mail server login name (empty: no login)</translation>
    </message>
    <message>
        <source>메일 로그인 이름</source>
        <translation>Mail login name</translation>
    </message>
    <message>
        <source>메일 서버 비밀번호 (환경 변수 MINWON_SMTP_PASSWORD가 있으면 그것을 씁니다)</source>
        <translation>Mail server password (the environment variable MINWON_SMTP_PASSWORD is used when set)</translation>
    </message>
    <message>
        <source>메일 비밀번호</source>
        <translation>Mail password</translation>
    </message>
    <message>
        <source>보내는 사람 주소 (예: 민원실 &lt;minwon@example.go.kr&gt;)</source>
        <translation>Sender address (e.g. Civil Affairs &lt;minwon@example.go.kr&gt;)</translation>
    </message>
    <message>
        <source>보내는 사람</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>문자 발송: &apos;solapi&apos;(솔라피 문자 서비스) 또는 &apos;folder&apos;(보내지 않고 sms_folder에 파일로 남김, 시험용)</source>
        <translation>Text messages: &apos;solapi&apos; (the Solapi SMS service) or &apos;folder&apos; (not sent; written as files to sms_folder, for testing)</translation>
    </message>
    <message>
        <source>문자 발송</source>
        <translation>Text messages</translation>
    </message>
    <message>
        <source>폴더에 남김(시험용)</source>
        <translation>Write to a folder (testing)</translation>
    </message>
    <message>
        <source>솔라피</source>
        <translation>Solapi</translation>
    </message>
    <message>
        <source>시험용 문자 폴더 (비워 두면 데이터 폴더의 sms-outbox)</source>
        <translation>Folder for test text messages (empty: sms-outbox in the data folder)</translation>
    </message>
    <message>
        <source>시험용 문자 폴더</source>
        <translation>Test text folder</translation>
    </message>
    <message>
        <source>솔라피 API 키</source>
        <translation>Solapi API key</translation>
    </message>
    <message>
        <source>솔라피 API 비밀 키 (환경 변수 MINWON_SOLAPI_SECRET이 있으면 그것을 씁니다)</source>
        <translation>Solapi API secret (the environment variable MINWON_SOLAPI_SECRET is used when set)</translation>
    </message>
    <message>
        <source>솔라피 비밀 키</source>
        <translation>Solapi secret</translation>
    </message>
    <message>
        <source>솔라피 API 주소</source>
        <translation>Solapi API address</translation>
    </message>
    <message>
        <source>문자 발신번호 (통신사에 등록한 기관 번호)</source>
        <translation>Sender number for texts (the agency number registered with the carrier)</translation>
    </message>
    <message>
        <source>문자 발신번호</source>
        <translation>Text sender number</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>켬</source>
        <translation>On</translation>
    </message>
    <message>
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>이 PC의 설정입니다. 다른 창구의 설정은 바뀌지 않습니다.</source>
        <translation>These are this PC&apos;s settings. Other desks&apos; settings do not change.</translation>
    </message>
    <message>
        <source> (다시 시작하면 적용)</source>
        <translation> (applies after a restart)</translation>
    </message>
    <message>
        <source>{label} 오류</source>
        <translation>{label} error</translation>
    </message>
    <message>
        <source>환경 변수에서 가져옴</source>
        <translation>Taken from the environment</translation>
    </message>
    <message>
        <source> — 지금은 환경 변수 {env}의 값을 씁니다. 여기서는 바꿀 수 없습니다.</source>
        <translation> — the environment variable {env} is used now; it cannot be changed here.</translation>
    </message>
    <message>
        <source> — 관리자만 바꿀 수 있습니다.</source>
        <translation> — only an administrator can change it.</translation>
    </message>
    <message>
        <source>설정 알림</source>
        <translation>Settings notice</translation>
    </message>
    <message>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>시험 메일</source>
        <translation>Test e-mail</translation>
    </message>
    <message>
        <source>확인하는 중…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>설정 확인 중…</source>
        <translation>Checking the settings…</translation>
    </message>
    <message>
        <source>고칠 곳이 있어 저장하지 않았습니다.</source>
        <translation>Not saved: something needs fixing.</translation>
    </message>
    <message>
        <source>바뀐 설정이 없습니다.</source>
        <translation>No setting was changed.</translation>
    </message>
    <message>
        <source>설정을 저장했습니다. {names}은(는) 프로그램을 다시 시작하면 적용됩니다.</source>
        <translation>Settings saved. {names} apply after the program restarts.</translation>
    </message>
    <message>
        <source>설정을 저장했습니다.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>설정(&amp;T)…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>설정 ({key})</source>
        <translation>Settings ({key})</translation>
    </message>
    <message>
        <source>시험 메일 받을 주소</source>
        <translation>Test e-mail address</translation>
    </message>
    <message>
        <source>받을 주소 (예: 내 업무 메일)</source>
        <translation>Send to (e.g. your work e-mail)</translation>
    </message>
    <message>
        <source>시험 메일 보내기</source>
        <translation>Send test e-mail</translation>
    </message>
    <message>
        <source>적어 둔 메일 설정으로 시험 메일 한 통을 보내고 메일 서버의 답을 보여 줍니다 (저장하지 않아도 됩니다)</source>
        <translation>Sends one test e-mail with the mail settings as typed and shows the mail server&apos;s answer (no need to save first)</translation>
    </message>
    <message>
        <source>메일 서버의 답</source>
        <translation>Mail server&apos;s answer</translation>
    </message>
    <message>
        <source>시험 메일을 보내는 중…</source>
        <translation>Sending the test e-mail…</translation>
    </message>
    <message>
        <source>시험 메일 보내는 중…</source>
        <translation>Sending the test e-mail…</translation>
    </message>
    <message>
        <source>보냈습니다. 메일 서버의 답: {answer}</source>
        <translation>Sent. The mail server answered: {answer}</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>비밀번호는 영문자·숫자·특수문자·한글 중 두 종류 이상을 섞어 {mixed}자 이상, 또는 한 종류로 {single}자 이상이어야 합니다.</source>
        <translation>A password must mix at least two kinds of letters, digits, symbols and Hangul and be {mixed} characters or longer, or be {single} characters or longer with one kind.</translation>
    </message>
    <message>
        <source>로그인에 여러 번 실패하여 계정이 {until}까지 잠겨 있습니다.</source>
        <translation>After several failed sign-ins, the account is locked until {until}.</translation>
    </message>
    <message>
        <source>안내 제목</source>
        <translation>Notice title</translation>
    </message>
    <message>
        <source>로그인</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>사번 또는 계정 이름과 비밀번호를 입력하고 Enter를 누르세요.</source>
        <translation>Enter your employee number or account name and password, then press Enter.</translation>
    </message>
    <message>
        <source>데이터베이스를 여는 중입니다. 잠시 후 다시 눌러 주세요.</source>
        <translation>The database is opening. Please press again in a moment.</translation>
    </message>
    <message>
        <source>예: T0001 또는 hong</source>
        <translation>e.g. T0001 or hong</translation>
    </message>
    <message>
        <source>사번 또는 계정</source>
        <translation>Employee no. or account</translation>
    </message>
    <message>
        <source>비밀번호</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>사번·계정(&amp;I)</source>
        <translation>Employee no. or account (&amp;I)</translation>
    </message>
    <message>
        <source>비밀번호(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>로그인 안내</source>
        <translation>Sign-in notice</translation>
    </message>
    <message>
        <source>시연용 계정</source>
        <translation>Demo accounts</translation>
    </message>
    <message>
        <source>시연용 계정 — 고르고 Enter를 누르면 그 역할로 로그인합니다 (&amp;D)</source>
        <translation>&amp;Demo accounts — choose one and press Enter to sign in with that role</translation>
    </message>
    <message>
        <source>{role} — {who}(계정 {login}, 비밀번호 {password})</source>
        <translation>{role} — {who}(account {login}, password {password})</translation>
    </message>
    <message>
        <source>사번 또는 계정 이름을 입력하세요.</source>
        <translation>Enter an employee number or account name.</translation>
    </message>
    <message>
        <source>비밀번호를 입력하세요.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>첫 관리자 만들기</source>
        <translation>Create the first administrator</translation>
    </message>
    <message>
        <source>이 데이터베이스에는 아직 계정이 없습니다. 계정과 권한을 관리할 첫 관리자를 만드세요. 관리자가 생기기 전에는 다른 일을 할 수 없습니다.</source>
        <translation>This database has no accounts yet. Create the first administrator, who manages accounts and roles. Nothing else can be done until there is one.</translation>
    </message>
    <message>
        <source>관리자 이름</source>
        <translation>Administrator name</translation>
    </message>
    <message>
        <source>관리자 계정 이름</source>
        <translation>Administrator account name</translation>
    </message>
    <message>
        <source>새 비밀번호</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>새 비밀번호 확인</source>
        <translation>Confirm new password</translation>
    </message>
    <message>
        <source>이름(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>계정 이름(&amp;A)</source>
        <translation>&amp;Account name</translation>
    </message>
    <message>
        <source>비밀번호 확인(&amp;C)</source>
        <translation>&amp;Confirm password</translation>
    </message>
    <message>
        <source>비밀번호 규칙</source>
        <translation>Password rule</translation>
    </message>
    <message>
        <source>관리자 만들기 안내</source>
        <translation>Create administrator notice</translation>
    </message>
    <message>
        <source>관리자 만들기</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>관리자 이름을 입력하세요.</source>
        <translation>Enter the administrator&apos;s name.</translation>
    </message>
    <message>
        <source>두 비밀번호가 다릅니다. 다시 입력하세요.</source>
        <translation>The two passwords differ. Please type them again.</translation>
    </message>
    <message>
        <source>화면이 잠겨 있습니다</source>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <source>잠금 해제 비밀번호</source>
        <translation>Unlock password</translation>
    </message>
    <message>
        <source>잠금 안내</source>
        <translation>Lock notice</translation>
    </message>
    <message>
        <source>잠금 해제</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>다른 사람으로 로그인(&amp;O)</source>
        <translation>Sign in as s&amp;omeone else</translation>
    </message>
    <message>
        <source>다른 사람으로 로그인</source>
        <translation>Sign in as someone else</translation>
    </message>
    <message>
        <source>{name} 님({roles})이 쓰던 화면입니다. 비밀번호를 입력하고 Enter를 누르면 하던 일이 그대로 이어집니다.</source>
        <translation>This screen was in use by {name} ({roles}). Enter the password and press Enter to carry on where they left off.</translation>
    </message>
    <message>
        <source>역할 없음</source>
        <translation>no roles</translation>
    </message>
    <message>
        <source>로그인·잠금 화면</source>
        <translation>Sign-in and lock screen</translation>
    </message>
    <message>
        <source>잠금 중 대기 현황</source>
        <translation>Waiting board while locked</translation>
    </message>
</context>
<context>
    <name>SiteVisitDialogs</name>
    <message>
        <source>방문 일시</source>
        <translation>Visit date and time</translation>
    </message>
    <message>
        <source>방문 일시(&amp;T)</source>
        <translation>Visit date and &amp;time</translation>
    </message>
    <message>
        <source>방문 장소</source>
        <translation>Visit place</translation>
    </message>
    <message>
        <source>예: (주)한빛정밀 안산 공장</source>
        <translation>e.g. Hanbit Precision Co., Ansan plant</translation>
    </message>
    <message>
        <source>장소(&amp;P)</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>고객과 협의</source>
        <translation>Agreed with the customer</translation>
    </message>
    <message>
        <source>예: 7/2 전화로 김한빛 대표와 협의</source>
        <translation>e.g. agreed with CEO Kim Hanbit by phone on 7/2</translation>
    </message>
    <message>
        <source>고객과 협의(&amp;G)</source>
        <translation>A&amp;greed with the customer</translation>
    </message>
    <message>
        <source>방문 일시는 고객과 미리 협의합니다 (이행표준).</source>
        <translation>Agree the visit time with the customer beforehand (charter).</translation>
    </message>
    <message>
        <source>협의할 내용</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>고객에게 미리 알리는 내용</source>
        <translation>What the customer is told beforehand</translation>
    </message>
    <message>
        <source>협의할 내용(&amp;A)</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>가는 직원</source>
        <translation>Staff going</translation>
    </message>
    <message>
        <source>가는 직원(&amp;M)</source>
        <translation>Staff going (&amp;M)</translation>
    </message>
    <message>
        <source>Space로 고릅니다. 방문 인원은 꼭 필요한 사람만 ({n}명 이하 권장).</source>
        <translation>Space selects. Send only who is needed ({n} or fewer advised).</translation>
    </message>
    <message>
        <source>방문 인원 안내</source>
        <translation>Visit party note</translation>
    </message>
    <message>
        <source> 그래도 이대로 가려면 다시 저장하세요.</source>
        <translation> To go ahead anyway, save again.</translation>
    </message>
    <message>
        <source>{n}명이 갑니다.</source>
        <translation>{n} people are going.</translation>
    </message>
    <message>
        <source>방문</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>방문(&amp;V)</source>
        <translation>&amp;Visit</translation>
    </message>
    <message>
        <source>다녀왔습니다 — 결과 기록(&amp;D)</source>
        <translation>&amp;Done — record the result</translation>
    </message>
    <message>
        <source>가지 않았습니다 — 취소(&amp;C)</source>
        <translation>Not gone — &amp;cancelled</translation>
    </message>
    <message>
        <source>결과 또는 취소 사유</source>
        <translation>Result or reason for cancelling</translation>
    </message>
    <message>
        <source>현장에서 확인한 것과 하기로 한 것 (취소면 그 사유)</source>
        <translation>What was found on site and what was agreed (if cancelled, why)</translation>
    </message>
    <message>
        <source>내용(&amp;O)</source>
        <translation>&amp;Outcome or reason</translation>
    </message>
    <message>
        <source>이 민원에는 계획된 현장 방문이 없습니다.</source>
        <translation>This case has no planned site visit.</translation>
    </message>
</context>
<context>
    <name>StaffAdmin</name>
    <message>
        <source>{problem}
입력한 내용은 그대로 있습니다. 원인을 해결한 뒤 다시 저장해 주세요.</source>
        <translation>{problem}
What was typed is kept. Fix the cause, then save again.</translation>
    </message>
</context>
<context>
    <name>StaffAdminPage</name>
    <message>
        <source>사진 선택</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <source>이미지 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;모든 파일 (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</translation>
    </message>
    <message>
        <source>&apos;{q}&apos; 검색 결과</source>
        <translation>Results for &apos;{q}&apos;</translation>
    </message>
    <message>
        <source>왼쪽에서 부서를 고르세요.</source>
        <translation>Choose a department on the left.</translation>
    </message>
    <message>
        <source>재직</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>퇴직·전출</source>
        <translation>Retired or moved</translation>
    </message>
    <message>
        <source>직원·부서 관리</source>
        <translation>Staff and departments</translation>
    </message>
    <message>
        <source>직원 찾기(&amp;F)</source>
        <translation>&amp;Find staff</translation>
    </message>
    <message>
        <source>직원 검색</source>
        <translation>Staff search</translation>
    </message>
    <message>
        <source>이름, 초성, 사번, 내선번호 — 비우면 고른 부서의 직원</source>
        <translation>Name, initial consonants, employee no., extension — empty: the chosen department&apos;s staff</translation>
    </message>
    <message>
        <source>가져오기…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>명부 가져오기</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <source>직원 명부나 부재 일정을 CSV·XLSX 파일에서 가져옵니다</source>
        <translation>Import the staff roster or absences from a CSV or XLSX file</translation>
    </message>
    <message>
        <source>부서 목록</source>
        <translation>Department list</translation>
    </message>
    <message>
        <source>부서</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>부서 정보</source>
        <translation>Department details</translation>
    </message>
    <message>
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>부서 이름</source>
        <translation>Department name</translation>
    </message>
    <message>
        <source>예: 창업지원팀</source>
        <translation>e.g. Start-up support team</translation>
    </message>
    <message>
        <source>부서 이름 오류</source>
        <translation>Department name error</translation>
    </message>
    <message>
        <source>부서 종류</source>
        <translation>Department kind</translation>
    </message>
    <message>
        <source>부서 종류 오류</source>
        <translation>Department kind error</translation>
    </message>
    <message>
        <source>상위 부서</source>
        <translation>Parent department</translation>
    </message>
    <message>
        <source>상위 부서 오류</source>
        <translation>Parent department error</translation>
    </message>
    <message>
        <source>부서장</source>
        <translation>Head of department</translation>
    </message>
    <message>
        <source>비워 두면 부서원 중 최선임자가 부서장 역할을 합니다.</source>
        <translation>Left empty, the most senior member acts as head.</translation>
    </message>
    <message>
        <source>부서장 오류</source>
        <translation>Head of department error</translation>
    </message>
    <message>
        <source>부서장을 비워 두면 부서원 중 최선임자가 부서장 역할을 합니다.</source>
        <translation>With no head set, the most senior member of the department acts as head.</translation>
    </message>
    <message>
        <source>부서장 안내</source>
        <translation>Head of department information</translation>
    </message>
    <message>
        <source>하위 부서 추가</source>
        <translation>Add sub-department</translation>
    </message>
    <message>
        <source>고른 부서 아래에 새 부서를 만듭니다</source>
        <translation>Make a new department under the chosen one</translation>
    </message>
    <message>
        <source>부서 저장 (Enter)</source>
        <translation>Save department (Enter)</translation>
    </message>
    <message>
        <source>부서 저장</source>
        <translation>Save department</translation>
    </message>
    <message>
        <source>부서 이름·종류·상위 부서·부서장을 저장합니다 (Enter)</source>
        <translation>Save the department&apos;s name, kind, parent and head (Enter)</translation>
    </message>
    <message>
        <source>부서 알림</source>
        <translation>Department notice</translation>
    </message>
    <message>
        <source>고른 부서</source>
        <translation>Chosen department</translation>
    </message>
    <message>
        <source>하위 부서 포함</source>
        <translation>Include sub-departments</translation>
    </message>
    <message>
        <source>부서 직원</source>
        <translation>Department staff</translation>
    </message>
    <message>
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>직위</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>내선번호</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>직원 정보</source>
        <translation>Staff details</translation>
    </message>
    <message>
        <source>사진</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>사진 선택…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <source>PNG·JPEG 사진을 골라 넣습니다. 세로 3:4로 맞춰 저장합니다.</source>
        <translation>Choose a PNG or JPEG photo. It is saved cropped to 3:4 portrait.</translation>
    </message>
    <message>
        <source>사진 지우기</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>사진을 지우고 이름 카드를 보여 줍니다</source>
        <translation>Remove the photo and show a name card</translation>
    </message>
    <message>
        <source>사진 오류</source>
        <translation>Photo error</translation>
    </message>
    <message>
        <source>사번</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>예: 2019-0123</source>
        <translation>e.g. 2019-0123</translation>
    </message>
    <message>
        <source>사번 오류</source>
        <translation>Employee no. error</translation>
    </message>
    <message>
        <source>성명 오류</source>
        <translation>Name error</translation>
    </message>
    <message>
        <source>예: 주무관, 사무관, 서기관</source>
        <translation>e.g. officer, deputy director, director</translation>
    </message>
    <message>
        <source>직위 오류</source>
        <translation>Position error</translation>
    </message>
    <message>
        <source>부서 오류</source>
        <translation>Department error</translation>
    </message>
    <message>
        <source>예: 1234</source>
        <translation>e.g. 1234</translation>
    </message>
    <message>
        <source>내선번호 오류</source>
        <translation>Extension error</translation>
    </message>
    <message>
        <source>이메일</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>예: hong@korea.kr</source>
        <translation>e.g. hong@korea.kr</translation>
    </message>
    <message>
        <source>이메일 오류</source>
        <translation>Email error</translation>
    </message>
    <message>
        <source>담당업무</source>
        <translation>Duties</translation>
    </message>
    <message>
        <source>쉼표로 구분 (예: 창업지원, 벤처인증)</source>
        <translation>Separated by commas (e.g. start-up support, venture certification)</translation>
    </message>
    <message>
        <source>담당업무 오류</source>
        <translation>Duties error</translation>
    </message>
    <message>
        <source>기본 업무대행자</source>
        <translation>Default deputy</translation>
    </message>
    <message>
        <source>자리를 비울 때 따로 정하지 않으면 이 사람이 대행합니다. 이름, 초성(ㄱㅈㅇ), 부서로 찾을 수 있습니다.</source>
        <translation>Stands in when this person is away and no one else was chosen. Find by name, initial consonants (ㄱㅈㅇ) or department.</translation>
    </message>
    <message>
        <source>기본 업무대행자 오류</source>
        <translation>Default deputy error</translation>
    </message>
    <message>
        <source>재직 여부</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>재직 중</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>퇴직·전출한 직원은 지우지 않고 재직 표시를 끕니다 (방문 기록이 남아 있기 때문입니다).</source>
        <translation>Staff who retire or move are not deleted; their employed mark is turned off (their visit records remain).</translation>
    </message>
    <message>
        <source>재직 여부 오류</source>
        <translation>Employment error</translation>
    </message>
    <message>
        <source>새 직원 (Ctrl+N)</source>
        <translation>New staff member (Ctrl+N)</translation>
    </message>
    <message>
        <source>새 직원</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>빈 양식으로 새 직원을 입력합니다 (Ctrl+N)</source>
        <translation>Enter a new staff member on an empty form (Ctrl+N)</translation>
    </message>
    <message>
        <source>저장 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>직원 저장</source>
        <translation>Save staff member</translation>
    </message>
    <message>
        <source>직원 정보를 저장합니다 (Ctrl+S, Enter)</source>
        <translation>Save the staff member&apos;s details (Ctrl+S, Enter)</translation>
    </message>
    <message>
        <source>직원 알림</source>
        <translation>Staff notice</translation>
    </message>
    <message>
        <source>직원 저장(&amp;S)</source>
        <translation>&amp;Save staff member</translation>
    </message>
    <message>
        <source>직원 정보를 저장합니다 (Ctrl+S)</source>
        <translation>Save the staff member&apos;s details (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>새 직원(&amp;N)</source>
        <translation>&amp;New staff member</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>명부 가져오기(&amp;I)…</source>
        <translation>&amp;Import roster…</translation>
    </message>
    <message>
        <source>직원 명부나 부재 일정을 파일에서 가져옵니다</source>
        <translation>Import the staff roster or absences from a file</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>새 직원</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>직원 정보: {name}</source>
        <translation>Staff details: {name}</translation>
    </message>
    <message>
        <source>부서를 골라 주세요.</source>
        <translation>Please choose a department.</translation>
    </message>
    <message>
        <source>재직 여부 말고는 저장했습니다.</source>
        <translation>Saved everything except employment.</translation>
    </message>
    <message>
        <source>{name} 님의 정보를 저장했습니다.</source>
        <translation>{name}&apos;s details saved.</translation>
    </message>
    <message>
        <source>새 직원은 먼저 저장한 뒤 사진을 넣을 수 있습니다.</source>
        <translation>Save a new staff member first, then add a photo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; 파일을 읽을 수 없습니다 ({why}). 다른 파일을 골라 주세요.</source>
        <translation>Cannot read the file &apos;{name}&apos; ({why}). Please choose another file.</translation>
    </message>
    <message>
        <source>사진을 넣었습니다.</source>
        <translation>Photo added.</translation>
    </message>
    <message>
        <source>사진을 지웠습니다. 이름 카드가 대신 보입니다.</source>
        <translation>Photo removed. A name card shows instead.</translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation>Sign in first to do this.</translation>
    </message>
    <message>
        <source>PNG·JPEG 사진을 골라 넣습니다. 세로 3:4로 맞춰 저장합니다.</source>
        <translation>Choose a PNG or JPEG photo. It is saved cropped to 3:4 portrait.</translation>
    </message>
</context>
<context>
    <name>StaffPicker</name>
    <message>
        <source>이름, 초성, 부서나 업무로 찾기 (선택)</source>
        <translation>Find by name, initial consonants, department or duties (optional)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;에 맞는 직원이 없습니다. 목록에서 골라 주세요.</source>
        <translation>No staff member matches &apos;{text}&apos;. Please choose from the list.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;에 맞는 직원이 {n}명입니다. 목록에서 한 사람을 골라 주세요.</source>
        <translation>{n} staff members match &apos;{text}&apos;. Please choose one from the list.</translation>
    </message>
</context>
<context>
    <name>SurveyEntry</name>
    <message>
        <source>문항 {n} 점수</source>
        <translation>Question {n} score</translation>
    </message>
    <message>
        <source>1~5, 비우려면 Space</source>
        <translation>1–5; Space to leave empty</translation>
    </message>
    <message>
        <source>문항 {n} 오류</source>
        <translation>Question {n} error</translation>
    </message>
    <message>
        <source>응답 입력</source>
        <translation>Enter responses</translation>
    </message>
    <message>
        <source>입력한 응답 수</source>
        <translation>Responses entered</translation>
    </message>
    <message>
        <source>점수: {scale}. Space 빈칸(응답 없음) · Backspace 앞 문항 · Enter 저장 · Esc 비우기 · Ctrl+Z 방금 저장한 응답 취소</source>
        <translation>Scores: {scale}. Space blank (no answer) · Backspace previous question · Enter save · Esc clear · Ctrl+Z undo the response just saved</translation>
    </message>
    <message>
        <source>조사 문항 없음</source>
        <translation>No survey questions</translation>
    </message>
    <message>
        <source>의견</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>설문지에 적힌 의견 (없으면 비워 두세요)</source>
        <translation>Comments written on the form (leave empty if none)</translation>
    </message>
    <message>
        <source>의견(&amp;M)</source>
        <translation>Co&amp;mments</translation>
    </message>
    <message>
        <source>의견 오류</source>
        <translation>Comments error</translation>
    </message>
    <message>
        <source>응답 입력 알림</source>
        <translation>Response entry notice</translation>
    </message>
    <message>
        <source>저장 (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>응답 저장</source>
        <translation>Save response</translation>
    </message>
    <message>
        <source>비우기 (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <source>응답 비우기</source>
        <translation>Clear response</translation>
    </message>
    <message>
        <source>방금 저장한 응답 취소 (Ctrl+Z)</source>
        <translation>Undo last (Ctrl+Z)</translation>
    </message>
    <message>
        <source>방금 저장한 응답 취소</source>
        <translation>Undo the response just saved</translation>
    </message>
    <message>
        <source>{year}년 조사 문항이 없습니다. &apos;문항 관리&apos;에서 먼저 문항을 등록해 주세요.</source>
        <translation>There are no survey questions for {year}. Please add questions under &apos;Questions&apos; first.</translation>
    </message>
    <message>
        <source>{problem}
입력한 점수는 그대로 있습니다.</source>
        <translation>{problem}
The scores typed are kept.</translation>
    </message>
    <message>
        <source>{n}번째 응답을 저장했습니다. 다음 설문지를 입력하세요.</source>
        <translation>Response {n} saved. Enter the next form.</translation>
    </message>
    <message>
        <source>방금 저장한 응답을 지웠습니다 ({year}년 응답 {n}건).</source>
        <translation>The response just saved was removed ({n} responses in {year}).</translation>
    </message>
    <message>
        <source>비우려면 Space를 누르세요.</source>
        <translation>Press Space to leave it empty.</translation>
    </message>
    <message>
        <source>{year}년 응답 {n}건 입력됨</source>
        <translation>{n} responses entered for {year}</translation>
    </message>
</context>
<context>
    <name>SurveyItems</name>
    <message>
        <source>문항 관리</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>조사 문항 목록</source>
        <translation>Survey question list</translation>
    </message>
    <message>
        <source>문항 내용</source>
        <translation>Question text</translation>
    </message>
    <message>
        <source>예: 직원이 친절하게 응대했습니까?</source>
        <translation>e.g. Did the staff treat you kindly?</translation>
    </message>
    <message>
        <source>문항(&amp;T)</source>
        <translation>Ques&amp;tion</translation>
    </message>
    <message>
        <source>문항 내용 오류</source>
        <translation>Question text error</translation>
    </message>
    <message>
        <source>문항 관리 알림</source>
        <translation>Questions notice</translation>
    </message>
    <message>
        <source>Enter 추가(고칠 때는 저장) · F2 고르고 고치기 · Esc 고치기 그만 · Alt+↑/↓ 순서 바꾸기 · Delete 지우기(응답이 없는 문항만)</source>
        <translation>Enter adds (saves when editing) · F2 choose and edit · Esc stop editing · Alt+↑/↓ reorder · Delete removes (only questions without responses)</translation>
    </message>
    <message>
        <source>추가</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>문항 저장</source>
        <translation>Save question</translation>
    </message>
    <message>
        <source>고치기 (F2)</source>
        <translation>Edit (F2)</translation>
    </message>
    <message>
        <source>위로 (Alt+↑)</source>
        <translation>Up (Alt+↑)</translation>
    </message>
    <message>
        <source>아래로 (Alt+↓)</source>
        <translation>Down (Alt+↓)</translation>
    </message>
    <message>
        <source>지우기 (Delete)</source>
        <translation>Remove (Delete)</translation>
    </message>
    <message>
        <source>문항 {action}</source>
        <translation>Question {action}</translation>
    </message>
    <message>
        <source> (응답 {n}건)</source>
        <translation> ({n} responses)</translation>
    </message>
    <message>
        <source>{n}번 문항을 {what}.</source>
        <translation>Question {n} {what}.</translation>
    </message>
    <message>
        <source>추가했습니다</source>
        <translation>added</translation>
    </message>
    <message>
        <source>고쳤습니다</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>고칠 문항을 목록에서 먼저 고르세요.</source>
        <translation>First choose the question to edit in the list.</translation>
    </message>
    <message>
        <source>고친 내용 저장</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>{n}번 문항을 지웠습니다.</source>
        <translation>Question {n} removed.</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation>Sign in first to do this.</translation>
    </message>
    <message>
        <source>고객만족도 조사</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <source>조사 연도</source>
        <translation>Survey year</translation>
    </message>
    <message>
        <source>년</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>조사 연도 (Alt+←/→로 한 해씩)</source>
        <translation>Survey year (Alt+←/→ one year at a time)</translation>
    </message>
    <message>
        <source>XLSX로 내보내기…</source>
        <translation>Export to XLSX…</translation>
    </message>
    <message>
        <source>XLSX로 내보내기</source>
        <translation>Export to XLSX</translation>
    </message>
    <message>
        <source>고객만족도 조사 알림</source>
        <translation>Satisfaction survey notice</translation>
    </message>
    <message>
        <source>응답 입력</source>
        <translation>Enter responses</translation>
    </message>
    <message>
        <source>결과</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>문항 관리</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>로그인한 뒤에 내보낼 수 있습니다.</source>
        <translation>Sign in first to export.</translation>
    </message>
    <message>
        <source>{year}년 고객만족도 조사 XLSX</source>
        <translation>{year} satisfaction survey XLSX</translation>
    </message>
    <message>
        <source>고객만족도조사-{year}.xlsx</source>
        <translation>satisfaction-survey-{year}.xlsx</translation>
    </message>
    <message>
        <source>엑셀 파일 (*.xlsx)</source>
        <translation>Excel file (*.xlsx)</translation>
    </message>
    <message>
        <source> 이 해에는 조사 자료가 없어 파일에도 그렇게 적었습니다.</source>
        <translation> There is no survey data for this year, and the file says so.</translation>
    </message>
    <message>
        <source>저장했습니다: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>응답 입력(&amp;I)</source>
        <translation>Enter responses (&amp;I)</translation>
    </message>
    <message>
        <source>결과 보기(&amp;R)</source>
        <translation>See &amp;results</translation>
    </message>
    <message>
        <source>문항 관리(&amp;Q)</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>이전 연도(&amp;B)</source>
        <translation>Previous year (&amp;B)</translation>
    </message>
    <message>
        <source>다음 연도(&amp;F)</source>
        <translation>Next year (&amp;F)</translation>
    </message>
    <message>
        <source>XLSX로 내보내기(&amp;X)…</source>
        <translation>E&amp;xport to XLSX…</translation>
    </message>
    <message>
        <source>조사 연도(&amp;Y)</source>
        <translation>Survey &amp;year</translation>
    </message>
    <message>
        <source>이행표준: 매년 {month}월 조사</source>
        <translation>Charter: yearly, month {month}</translation>
    </message>
    <message>
        <source>이행표준: 매년 조사</source>
        <translation>Charter: yearly</translation>
    </message>
</context>
<context>
    <name>SurveyResults</name>
    <message>
        <source>문항</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>응답 수</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>평균</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>점</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>응답 없음</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>조사 결과</source>
        <translation>Survey results</translation>
    </message>
    <message>
        <source>조사 결과 요약</source>
        <translation>Survey results summary</translation>
    </message>
    <message>
        <source>문항별 평균</source>
        <translation>Average by question</translation>
    </message>
    <message>
        <source>점수 분포</source>
        <translation>Score distribution</translation>
    </message>
    <message>
        <source>문항별 결과</source>
        <translation>Results by question</translation>
    </message>
    <message>
        <source>{s}점</source>
        <translation>{s} pt</translation>
    </message>
    <message>
        <source>퇴실 만족도 요약</source>
        <translation>Check-out satisfaction summary</translation>
    </message>
    <message>
        <source>월별 퇴실 만족도</source>
        <translation>Check-out satisfaction by month</translation>
    </message>
    <message>
        <source>문항별 평균 (5점 만점)</source>
        <translation>Average by question (out of 5)</translation>
    </message>
    <message>
        <source>점수 분포 (모든 문항, 응답에서 차지하는 비율)</source>
        <translation>Score distribution (all questions, share of answers)</translation>
    </message>
    <message>
        <source>퇴실할 때 남긴 만족도</source>
        <translation>Satisfaction given at check-out</translation>
    </message>
    <message>
        <source>{year}년 응답 {n}건 (의견 {comments}건) · 전체 평균 {mean}</source>
        <translation>{n} responses in {year} ({comments} comments) · overall average {mean}</translation>
    </message>
    <message>
        <source>{year}년에 입력된 설문 응답이 없습니다.</source>
        <translation>No survey responses were entered for {year}.</translation>
    </message>
    <message>
        <source>{s}점 {label}</source>
        <translation>{s} pt {label}</translation>
    </message>
    <message>
        <source>{n}건 · 평균 {mean}</source>
        <translation>{n} · average {mean}</translation>
    </message>
    <message>
        <source>{year}년에 퇴실할 때 남긴 만족도가 없습니다.</source>
        <translation>No satisfaction was given at check-out in {year}.</translation>
    </message>
    <message>
        <source>{m}월 ({n}건)</source>
        <translation>Month {m} ({n})</translation>
    </message>
    <message>
        <source>전체 문항</source>
        <translation>All questions</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>이송할 기관</source>
        <translation>Agency to transfer to</translation>
    </message>
    <message>
        <source>예: 고용노동부 (소관 기관의 이름)</source>
        <translation>e.g. Ministry of Employment and Labor (the responsible agency&apos;s name)</translation>
    </message>
    <message>
        <source>이송할 기관(&amp;G)</source>
        <translation>A&amp;gency to transfer to</translation>
    </message>
    <message>
        <source>이송 사유</source>
        <translation>Reason for transfer</translation>
    </message>
    <message>
        <source>왜 그 기관의 일인지 (이송 통지에 실립니다)</source>
        <translation>Why it is that agency&apos;s business (printed on the transfer notice)</translation>
    </message>
    <message>
        <source>이송 사유(&amp;R)</source>
        <translation>&amp;Reason for transfer</translation>
    </message>
    <message>
        <source>이송 기한 {due} (접수 후 8근무시간, 민원처리법 시행령 제13조)</source>
        <translation>Transfer by {due} (8 working hours after receipt, Enforcement Decree of the Civil Petitions Act, Art. 13)</translation>
    </message>
    <message>
        <source> — 이미 지났습니다. 지금 바로 이송하세요.</source>
        <translation> — already passed. Transfer it now.</translation>
    </message>
    <message>
        <source>이송하면 이 기관의 처리 목록에서 빠지고, 기록은 그대로 남습니다.</source>
        <translation>Once transferred, it leaves this agency&apos;s work list; its record stays.</translation>
    </message>
</context>
<context>
    <name>UnrecordedVisits</name>
    <message>
        <source>퇴실 미기록</source>
        <translation>No check-out recorded</translation>
    </message>
    <message>
        <source>요약</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>방문일</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>도착</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>방문객</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>찾는 직원</source>
        <translation>Staff asked for</translation>
    </message>
    <message>
        <source>응대 시작</source>
        <translation>Service started</translation>
    </message>
    <message>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>퇴실 미기록 방문 목록</source>
        <translation>Visits without a check-out</translation>
    </message>
    <message>
        <source>실제 퇴실 시각</source>
        <translation>Actual check-out time</translation>
    </message>
    <message>
        <source>결과</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>퇴실 시각 정정 (Enter)</source>
        <translation>Correct check-out time (Enter)</translation>
    </message>
    <message>
        <source>닫기 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>응대 기록 없음</source>
        <translation>No service recorded</translation>
    </message>
    <message>
        <source>퇴실 시각이 기록되지 않은 채 하루가 끝난 방문 {n}건입니다. 실제 퇴실 시각을 알면 골라서 적고 Enter를 누르세요.</source>
        <translation>{n} visits ended the day without a check-out time. If you know the actual time, choose the visit, set it and press Enter.</translation>
    </message>
    <message>
        <source>퇴실 미기록 방문이 없습니다.</source>
        <translation>No visits lack a check-out time.</translation>
    </message>
    <message>
        <source>정정할 방문을 목록에서 골라 주세요.</source>
        <translation>Please choose the visit to correct in the list.</translation>
    </message>
    <message>
        <source>{name} 님의 퇴실 시각을 {day} {at:%H:%M}(으)로 정정했습니다.</source>
        <translation>{name}&apos;s check-out time corrected to {day} {at:%H:%M}.</translation>
    </message>
</context>
<context>
    <name>VisitorDesk</name>
    <message>
        <source>방문객 안내</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>방문객 접수</source>
        <translation>Visitor check-in</translation>
    </message>
    <message>
        <source>성명(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>방문객 이름</source>
        <translation>Visitor name</translation>
    </message>
    <message>
        <source>방문객 성명</source>
        <translation>Visitor&apos;s name</translation>
    </message>
    <message>
        <source>방문객 성명 오류</source>
        <translation>Visitor&apos;s name error</translation>
    </message>
    <message>
        <source>연락처(&amp;P)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>010-0000-0000 (선택)</source>
        <translation>010-0000-0000 (optional)</translation>
    </message>
    <message>
        <source>연락처</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>연락처 오류</source>
        <translation>Contact error</translation>
    </message>
    <message>
        <source>방문 목적(&amp;U)</source>
        <translation>P&amp;urpose</translation>
    </message>
    <message>
        <source>예: 사업 신청 문의</source>
        <translation>e.g. question about an application</translation>
    </message>
    <message>
        <source>방문 목적</source>
        <translation>Purpose of visit</translation>
    </message>
    <message>
        <source>방문 목적 오류</source>
        <translation>Purpose of visit error</translation>
    </message>
    <message>
        <source>찾는 직원(&amp;O)</source>
        <translation>Staff asked f&amp;or</translation>
    </message>
    <message>
        <source>이름, 초성(ㄱㅈㅇ), 부서, 담당업무나 내선번호를 입력하면 찾아 줍니다.</source>
        <translation>Type a name, initial consonants (ㄱㅈㅇ), department, duties or extension to find them.</translation>
    </message>
    <message>
        <source>찾는 직원</source>
        <translation>Staff asked for</translation>
    </message>
    <message>
        <source>찾는 직원 오류</source>
        <translation>Staff asked for error</translation>
    </message>
    <message>
        <source>찾는 직원 재실 상태</source>
        <translation>Presence of the staff asked for</translation>
    </message>
    <message>
        <source>대행자에게 (F3)</source>
        <translation>To the deputy (F3)</translation>
    </message>
    <message>
        <source>자리에 없는 직원 대신 지금 업무를 대행하는 직원을 찾는 직원으로 넣습니다 (F3)</source>
        <translation>Put the staff member standing in now in place of the absent one (F3)</translation>
    </message>
    <message>
        <source>업무대행자에게 안내</source>
        <translation>Send to the deputy</translation>
    </message>
    <message>
        <source>재방문 (Alt+J)</source>
        <translation>Repeat visit (Alt+J)</translation>
    </message>
    <message>
        <source>같은 일로 전에 오셨던 분입니다. 지난 방문을 고르고, 직원 잘못으로 다시 오셨으면 그렇게 표시합니다 (Alt+J)</source>
        <translation>They came before about the same matter. Choose the earlier visit, and mark it if they came again through a staff member&apos;s fault (Alt+J)</translation>
    </message>
    <message>
        <source>재방문</source>
        <translation>Repeat visit</translation>
    </message>
    <message>
        <source>재방문 정보</source>
        <translation>Repeat visit details</translation>
    </message>
    <message>
        <source>지난 방문(&amp;L)</source>
        <translation>Ear&amp;lier visit</translation>
    </message>
    <message>
        <source>위에 적은 성명이나 연락처가 같은 지난 방문입니다 (최근 방문부터)</source>
        <translation>Earlier visits with the same name or contact as above (latest first)</translation>
    </message>
    <message>
        <source>지난 방문</source>
        <translation>Earlier visit</translation>
    </message>
    <message>
        <source>지난 방문 찾기 결과</source>
        <translation>Earlier visit search result</translation>
    </message>
    <message>
        <source>지난 방문 오류</source>
        <translation>Earlier visit error</translation>
    </message>
    <message>
        <source>직원 잘못으로 다시 오심(&amp;E)</source>
        <translation>Came again through a staff &amp;error</translation>
    </message>
    <message>
        <source>지난 방문 때 직원의 잘못(잘못된 안내, 서류 누락 등)으로 다시 오신 경우입니다. 보상 대상으로 검토됩니다 (Alt+E)</source>
        <translation>They came again because of a staff member&apos;s fault at the earlier visit (wrong guidance, missing papers…). It is reviewed for compensation (Alt+E)</translation>
    </message>
    <message>
        <source>직원 잘못으로 다시 오심</source>
        <translation>Came again through a staff error</translation>
    </message>
    <message>
        <source>잘못된 점(&amp;D)</source>
        <translation>What went wrong (&amp;D)</translation>
    </message>
    <message>
        <source>예: 필요한 서류를 잘못 안내함</source>
        <translation>e.g. told the wrong papers to bring</translation>
    </message>
    <message>
        <source>잘못된 점</source>
        <translation>What went wrong</translation>
    </message>
    <message>
        <source>잘못된 점 오류</source>
        <translation>What went wrong error</translation>
    </message>
    <message>
        <source>접수 알림</source>
        <translation>Check-in notice</translation>
    </message>
    <message>
        <source>지우기</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>입력한 내용을 지웁니다 (Esc)</source>
        <translation>Clear what was typed (Esc)</translation>
    </message>
    <message>
        <source>접수</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>방문객을 대기 현황에 올립니다 (Enter)</source>
        <translation>Put the visitor on the waiting board (Enter)</translation>
    </message>
    <message>
        <source>Enter 접수 · Esc 지우기 · Ctrl+N 새 접수
F3 대행자에게 접수 · Alt+J 재방문 · Ctrl+B 대기 현황
대기 현황에서: F2 응대 시작 · F4 퇴실 (뒤이어 1~5 만족도)</source>
        <translation>Enter check in · Esc clear · Ctrl+N new check-in
F3 to the deputy · Alt+J repeat visit · Ctrl+B waiting board
On the waiting board: F2 start service · F4 check out (then 1–5 satisfaction)</translation>
    </message>
    <message>
        <source>대기 현황</source>
        <translation>Waiting board</translation>
    </message>
    <message>
        <source>대기 요약</source>
        <translation>Waiting summary</translation>
    </message>
    <message>
        <source>대기 방문객 목록</source>
        <translation>Waiting visitor list</translation>
    </message>
    <message>
        <source>응대 시작</source>
        <translation>Start service</translation>
    </message>
    <message>
        <source>퇴실</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>알림</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>퇴실 만족도</source>
        <translation>Check-out satisfaction</translation>
    </message>
    <message>
        <source>오늘 응대에 얼마나 만족하셨나요?</source>
        <translation>How satisfied were you with today&apos;s service?</translation>
    </message>
    <message>
        <source>만족도 안내</source>
        <translation>Satisfaction information</translation>
    </message>
    <message>
        <source>1 매우 불만족</source>
        <translation>1 Very dissatisfied</translation>
    </message>
    <message>
        <source>만족도 1점</source>
        <translation>Satisfaction 1</translation>
    </message>
    <message>
        <source>2 불만족</source>
        <translation>2 Dissatisfied</translation>
    </message>
    <message>
        <source>만족도 2점</source>
        <translation>Satisfaction 2</translation>
    </message>
    <message>
        <source>3 보통</source>
        <translation>3 Neutral</translation>
    </message>
    <message>
        <source>만족도 3점</source>
        <translation>Satisfaction 3</translation>
    </message>
    <message>
        <source>4 만족</source>
        <translation>4 Satisfied</translation>
    </message>
    <message>
        <source>만족도 4점</source>
        <translation>Satisfaction 4</translation>
    </message>
    <message>
        <source>5 매우 만족</source>
        <translation>5 Very satisfied</translation>
    </message>
    <message>
        <source>만족도 5점</source>
        <translation>Satisfaction 5</translation>
    </message>
    <message>
        <source>닫기 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>만족도를 남기지 않고 닫습니다 (Esc). 그대로 두어도 다음 접수 때 사라집니다.</source>
        <translation>Close without a rating (Esc). Left alone, it goes away at the next check-in.</translation>
    </message>
    <message>
        <source>만족도 닫기</source>
        <translation>Close satisfaction</translation>
    </message>
    <message>
        <source>새 방문객 접수(&amp;N)</source>
        <translation>&amp;New visitor</translation>
    </message>
    <message>
        <source>접수 양식의 성명 칸으로 갑니다 (Ctrl+N)</source>
        <translation>Go to the name field of the check-in form (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>대기 현황으로(&amp;B)</source>
        <translation>To the waiting &amp;board</translation>
    </message>
    <message>
        <source>대기 방문객 목록으로 갑니다 (Ctrl+B)</source>
        <translation>Go to the waiting visitor list (Ctrl+B)</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>응대 시작(&amp;S)</source>
        <translation>&amp;Start service</translation>
    </message>
    <message>
        <source>고른 방문객의 이야기를 듣기 시작했다고 기록합니다 (F2)</source>
        <translation>Record that the chosen visitor is now being listened to (F2)</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>퇴실(&amp;E)</source>
        <translation>Ch&amp;eck out</translation>
    </message>
    <message>
        <source>고른 방문객의 방문을 마칩니다 (F4)</source>
        <translation>End the chosen visitor&apos;s visit (F4)</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
</context>
<context>
    <name>VisitorDeskView</name>
    <message>
        <source>찾는 직원이 이야기를 듣기 시작했다고 기록합니다 (F2)</source>
        <translation>Record that the staff member asked for has started listening (F2)</translation>
    </message>
    <message>
        <source>내가 대신 응대 시작(&amp;A)</source>
        <translation>Start service myself (&amp;A)</translation>
    </message>
    <message>
        <source>찾는 직원 대신 내가 듣기 시작했다고 기록합니다 (Shift+F2)</source>
        <translation>Record that I started listening in place of the staff member asked for (Shift+F2)</translation>
    </message>
    <message>
        <source>퇴실 미기록 확인·정정(&amp;U)…</source>
        <translation>Check and correct missing check-o&amp;uts…</translation>
    </message>
    <message>
        <source>퇴실을 기록하지 않은 채 하루가 끝난 방문을 보고 실제 퇴실 시각을 적습니다 (Ctrl+Shift+U)</source>
        <translation>See visits that ended the day without a check-out and write the actual check-out time (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>응대 시작 (F2)</source>
        <translation>Start service (F2)</translation>
    </message>
    <message>
        <source>퇴실 (F4)</source>
        <translation>Check out (F4)</translation>
    </message>
    <message>
        <source>대기 현황을 불러오는 중입니다…</source>
        <translation>Loading the waiting board…</translation>
    </message>
    <message>
        <source>{name} 님은 아직 응대를 시작하지 않았습니다.
응대 없이 퇴실로 기록할까요?</source>
        <translation>{name}&apos;s service has not started yet.
Record the check-out without service?</translation>
    </message>
    <message>
        <source>응대 전 퇴실</source>
        <translation>Check out before service</translation>
    </message>
    <message>
        <source>대기 현황에서 방문객을 먼저 고르세요.</source>
        <translation>First choose a visitor on the waiting board.</translation>
    </message>
    <message>
        <source>아직 서버에 보내지 못한 접수입니다(전송 대기). 서버와 다시 연결되어 보내진 뒤에 기록할 수 있습니다.</source>
        <translation>This check-in has not reached the server yet (waiting to send). It can be recorded once the server is reconnected and it has been sent.</translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation>Sign in first to do this.</translation>
    </message>
    <message>
        <source>기다리는 방문객이 없습니다.</source>
        <translation>No visitors waiting.</translation>
    </message>
    <message>
        <source>대기 {n}명</source>
        <translation>{n} waiting</translation>
    </message>
    <message>
        <source>응대 중 {n}명</source>
        <translation>{n} being served</translation>
    </message>
    <message>
        <source>응대 기한 넘김 {n}명</source>
        <translation>{n} past the service time limit</translation>
    </message>
    <message>
        <source>{score}점, 고맙습니다. 바꾸려면 다른 점수를 누르세요.</source>
        <translation>{score} points, thank you. To change it, press another score.</translation>
    </message>
    <message>
        <source>{score}점을 남깁니다 (숫자 {score})</source>
        <translation>Leave {score} points (key {score})</translation>
    </message>
    <message>
        <source>{name} 님, 오늘 응대에 얼마나 만족하셨나요?</source>
        <translation>{name}, how satisfied were you with today&apos;s service?</translation>
    </message>
</context>
<context>
    <name>WaitingBoardModel</name>
    <message>
        <source>대기 시간</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>방문객</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>연락처</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>방문 목적</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>찾는 직원</source>
        <translation>Staff asked for</translation>
    </message>
    <message>
        <source>도착</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>{waited}째 대기</source>
        <translation>waiting {waited}</translation>
    </message>
    <message>
        <source>0초 지남</source>
        <translation>overdue by 0 s</translation>
    </message>
    <message>
        <source>전송 대기 · {clock}</source>
        <translation>Waiting to send · {clock}</translation>
    </message>
    <message>
        <source>직원</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>응대 중 · {who} {at}부터</source>
        <translation>Being served · {who} since {at}</translation>
    </message>
    <message>
        <source> ({late} 늦음)</source>
        <translation> ({late} late)</translation>
    </message>
    <message>
        <source>도착 {at}</source>
        <translation>Arrived {at}</translation>
    </message>
    <message>
        <source>응대 기한 {at}</source>
        <translation>Due {at}</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>월</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>화</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>수</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>목</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>금</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>토</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>일</source>
        <translation>Sun</translation>
    </message>
</context>
</TS>
