<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ko_KR">
<context>
    <name></name>
    <message>
        <source>({target} 미달)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbsenceForm</name>
    <message>
        <source>하루 종일 ({start}–{end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>자리를 비우는 직원을 골라 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {kind} {period}을(를) 등록했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>비워 두면 기본 업무대행자 {name} {position}이(가) 대행합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기본 업무대행자가 정해져 있지 않습니다. 비워 두면 부서장이 대행합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>비워 두면 그 직원의 기본 업무대행자가 대행합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님은 퇴직·전출한 직원입니다. 다른 업무대행자를 골라 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님도 {at}에 {status} 중입니다{until}. 다른 업무대행자를 고르는 것이 좋습니다.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbsencesPage</name>
    <message>
        <source>괄호 안은 따로 정하지 않아 대신 맡을 사람입니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(전체 부서)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>목록에서 취소할 부재 일정을 먼저 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님의 {kind} ({period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}을(를) 취소할까요?
취소한 일정은 지워지지 않고 취소된 것으로 기록에 남습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 취소</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}을(를) 취소했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(안내데스크)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기본 업무대행자가 대행합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(부서장)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기본 업무대행자가 없어 부서장이 대행합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (지금)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}건</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}건 / 전체 {t}건</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 일정</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>찾기(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 일정 검색</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이름, 초성(ㄱㅈㅇ), 부서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서로 거르기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 일정 수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 일정 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>성명</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>구분</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기간</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>업무대행자</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메모</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 목록 알림</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 취소… (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 부재 일정을 취소합니다 (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 등록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이름, 초성(ㄱㅈㅇ), 부서나 담당업무로 찾습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 직원 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 구분</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 구분 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>하루 종일</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>시작</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>시작 시각</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>시작 시각 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>종료</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>종료 시각</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>종료 시각 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>비워 두면 기본 업무대행자가 대행합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>업무대행자 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>업무대행자 안내</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>업무대행자 경고</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: 세종청사 회의 (선택)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메모 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새로 쓰기 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새로 쓰기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>양식을 비웁니다 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>등록 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 등록하기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 일정을 등록합니다 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 등록 알림</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 부재 등록(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 등록 양식의 직원 칸으로 갑니다 (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 취소(&amp;C)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>사용 중지</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>잠김 ({at}까지)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>비밀번호 변경 필요</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사용 중</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>계정·권한 관리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>계정(&amp;1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>권한 이력(&amp;2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>서비스 토큰(&amp;3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이름</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사번</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>계정</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>역할</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>상태</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>마지막 로그인</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 계정</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>비우면 사번으로 로그인</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>계정 만들기(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사번(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>계정 이름(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 계정</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>권한을 주거나 거두는 사유 (필수)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>역할 주기(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>역할 거두기(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>비밀번호 초기화(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사용 중지(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>다시 사용(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>잠금 풀기(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>때</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>무엇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사유</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>한 사람</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>창구</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>번호</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>용도</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>만든 때</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>만든 사람</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>마지막 사용</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: 전화연동</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>토큰 만들기(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>토큰 폐기(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>폐기됨 {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>계정을 만들 직원의 사번을 입력하세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}({no}) 님의 계정을 만들었습니다. 일회용 비밀번호: {pw} — 지금 한 번만 보입니다. 본인에게 전하세요; 처음 로그인할 때 바꿔야 합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님의 새 일회용 비밀번호: {pw} — 지금 한 번만 보입니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사용을 중지했습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>다시 쓸 수 있게 했습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>잠금을 풀었습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>토큰 {id}번({purpose})을 만들었습니다. 비밀값: {secret} — 지금 한 번만 보입니다. MINWON_TOKEN으로 쓰세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>폐기할 토큰을 목록에서 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>토큰 {id}번을 폐기했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>권한을 주거나 거두는 사유를 입력하세요 (기록에 3년 이상 남습니다).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>주었습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>거두었습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님에게서 &apos;{role}&apos; 역할을 {done}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님에게 &apos;{role}&apos; 역할을 {done}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>목록에서 계정을 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnsweredReader</name>
    <message>
        <source>처리 완료된 민원을 읽는 중…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>이행표준 파일 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>데이터 폴더 {path}을(를) 만들 수 없습니다: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>데이터 폴더 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>데이터베이스를 열 수 없습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 데스크를 시작할 수 없습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 데스크</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>취소</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>뜻밖의 오류로 작업을 마치지 못했습니다({error}). 다시 해 보고, 되풀이되면 관리자에게 알려 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>민원 {number}은(는) 이미 회신했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 {number}은(는) {when}에 이미 회신했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자가 정해지지 않았습니다. {document}에는 담당자가 적히므로 먼저 담당자를 지정해 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이미 보완을 기다리는 중입니다. 보완을 받았으면 &apos;보완 접수&apos;를 하세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리기한({due})이 이미 지났습니다. 기한이 지난 뒤에는 보완 요청으로 기한을 멈출 수 없습니다. 진행 메모로 남겨 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보완을 기다리는 민원이 아닙니다. 처리기한은 이미 흐르고 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보완을 기다리는 동안에는 처리기한이 멈춰 있어 연장할 필요가 없습니다. 보완을 받은 뒤에 연장하세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리기한({due})이 이미 지났습니다. 연장은 기한 전에 민원인에게 알려야 하므로 지금은 연장할 수 없습니다. 처리를 서두르고 지연 사유를 회신에 적어 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>연장 통지서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>중간 통지서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1357 현장애로 민원에만 단계가 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신문</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조사 결과는 불친절·불성실 신고 민원에만 기록합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문서를 만드는 중…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HWPX로 저장…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자 없음 — 담당자를 지정해 주세요</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 {number}을(를) 등록했습니다. 담당 {officer}, 처리기한 {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 {number}: {label}을(를) 만들었습니다 ({doc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 {number}: {title} — 저장했습니다. 처리기한 {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <source>{number} · {type} · {channel} 접수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수: {at} · {by} ({desk})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>알 수 없음</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원인: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(이름 없음)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 받을 곳: {contact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(적지 않음)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당: {officer} ({dept})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당: 아직 지정하지 않음 (담당자 전달 기한 {at})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화메모: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>제목: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내용:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>첨부: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신: {at} · {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리기간: {period} — {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>근거: {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처음 처리기한: {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지금 처리기한: {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리기간 연장: {n}회</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보완 대기: {at}부터 기한 멈춤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보완 요청 사유: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — 지금 보내야 합니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>다음 중간 통지: {at}까지{owed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>상태: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기한이 통지 없이 지났습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기한이 지난 뒤 회신했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (기한 넘김)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at} 완료{late}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기한 지남</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>아직</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} — 기한 {due} · {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (기한 {before} → {after})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} · {number} · {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 민원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>목록에서 민원을 고르면 민원인, 내용, 처리기한과 이력이 여기에 나옵니다. 목록에서 Enter를 누르면 이곳으로 옵니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 민원: {number} {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 또는 두 번 눌러 미리 보고 인쇄합니다</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialogs</name>
    <message>
        <source>처리기한 {due} — {since}부터 보완을 기다리는 중이라 멈춰 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자 없음</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당 {officer} · 처리기한 {due} ({left}, {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>맡길 직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>맡길 직원 상태</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>맡길 직원(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이름, 초성, 부서나 업무로 찾기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>맡길 직원을 골라 주세요 (이름이나 초성으로 찾기).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>진행 메모</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>무엇을 했는지 (예: 관련 부서에 사실관계 확인 요청)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>진행 메모(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보완 요청 사유</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>무엇이 빠져 있는지 (예: 사업자등록증 사본)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보완 요청 사유(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원인에게 알리는 내용입니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보완을 요청하면 처리기한이 멈추고, 보완을 받으면 기다린 만큼 뒤로 갑니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보완 접수 메모</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>받은 자료 (선택)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보완 접수 메모(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>요청한 보완: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보완을 기다린 근무시간은 처리기간에 넣지 않으므로 처리기한이 그만큼 뒤로 갑니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 처리예정일</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 처리예정일(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>연장 사유</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기간 안에 처리할 수 없는 까닭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>연장 사유(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>연장 통지서에 그대로 실립니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원인 동의</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: 7월 9일 전화로 동의 (홍길동 님)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원인 동의(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>언제, 어떻게 동의했는지 적어 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>연장은 처음 처리기간({period})을 넘을 수 없습니다: 가장 늦게 {latest}까지.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이번이 {n}차 연장입니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>두 번째 연장부터는 민원인의 동의가 있어야 합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리기한이 이미 지났습니다. 연장은 기한 전에만 할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>진행 상황</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지금까지 어떻게 처리하고 있는지</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>진행 상황(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리 예정일</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리 예정일(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>중간 통지 기한: {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이번이 {n}번째 중간 통지입니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>단계</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} — {due}까지</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} — {at} 기록함</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이룬 단계(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기록할 단계를 골라 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 내용</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 내용</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신문에 그대로 실릴 답변</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 내용(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(회신 받을 곳이 적혀 있지 않습니다)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 받을 곳: {contact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신문에는 담당자 {officer}의 이름이 실립니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>인정 — 불친절·불성실이 있었습니다(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>인정</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>불인정 — 확인되지 않았습니다(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>불인정</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조사 결과</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>확인한 내용</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>무엇으로 확인했는지 (예: CCTV와 당사자 진술)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>확인한 내용(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보상 검토의 근거로 남습니다. 한 번 기록하면 바꿀 수 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>불친절·불성실 신고의 조사 결과를 기록합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>인정하면 보상 후보가 되어 감독자가 보상 여부를 결정합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>인정인지 불인정인지 골라 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFilters</name>
    <message>
        <source>모든 부서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} {n}건</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리 완료 민원을 불러오는 중…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>모든 담당자 (이름이나 초성으로 찾기)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>처리기한 {due} — {period}, {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 접수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>같은 민원인·제목의 민원이 {at}에 이미 접수되었습니다: {number} ({who}, &apos;{subject}&apos;).
같은 민원이면 연결하여 등록하고, 다른 민원이면 그대로 등록하세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>같은 민원일 수 있습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>연결하여 등록(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>그대로 등록(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>돌아가기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화메모 {number}에서 가져왔습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수 시각은 전화를 받은 때({at})로 합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 등록 — 전화메모에서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>업무대행자</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}에게 (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지금 맡을 사람이 없어 담당자 없이 등록됩니다. 등록한 뒤 담당자를 지정해 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지금은 {holder}이(가) 맡습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>적은 내용이 있습니다. 버리고 닫으려면 Esc를 한 번 더 누르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 등록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>가져온 전화메모</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>종류(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 종류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 종류 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수 경로(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수 경로</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수 경로 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리기한 안내</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원인 이름(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: 홍길동 (선택)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원인 이름</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신에 필요한 것만 묻습니다: 이름과 회신 받을 곳. 주민등록번호는 받지 않습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원인 정보 안내</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원인 이름 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 받을 곳(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>주소, 이메일 또는 전화번호</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 받을 곳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 받을 곳 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>제목(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원의 요지를 한 줄로</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>제목</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>제목 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내용(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원인이 묻거나 바라는 것 (Ctrl+Enter로 등록)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내용</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내용 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>첨부 파일(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>받은 파일 이름을 한 줄에 하나씩 (이름만)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>첨부 파일 이름</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>첨부 파일 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자가 자리를 비웠습니다. 지금 업무를 대신하는 직원에게 맡깁니다 (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>업무대행자에게 맡기기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자 상태</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>등록하면 접수증 미리보기(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수증 미리보기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>등록 결과</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 등록 · 내용 안에서는 Ctrl+Enter · F3 업무대행자에게 · Esc 닫기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>등록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원을 등록하고 접수번호와 처리기한을 정합니다 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>닫기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>등록하지 않고 닫습니다 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>접수번호</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수일시</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>종류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>제목</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원인</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리기한</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>남은 시간</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>상태</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>알림</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(지정 전)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>처리 완료 민원을 읽지 못했습니다: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인한 뒤에 민원 내용을 볼 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 처리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 민원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자 지정</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>진행 메모</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보완 요청</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보완 접수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기한 연장</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>중간 통지</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1357 단계</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 처리 안내</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내 민원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내 민원 요약</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내 민원 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전체 민원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>상태(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 상태로 거르기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 부서로 거르기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 담당자로 거르기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>통지 없이 기한 지남만(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>통지 없이 기한 지남만</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 담당자로 거르기 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전체 민원 요약</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전체 민원 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 민원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 내용</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 처리기한</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1357 단계 기한</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리 이력(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 처리 이력</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>발급 문서 (Enter로 열기)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 발급 문서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 민원 접수(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원을 접수하고 접수번호와 처리기한을 받습니다 (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내 민원(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 창구 근무자가 맡은 민원, 남은 시간이 적은 것부터</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전체 민원(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>모든 민원을 상태·부서·담당자로 거릅니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자 지정(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 민원을 맡을 직원을 정합니다 (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>진행 메모(&amp;W)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>한 일을 처리 이력에 적습니다. 기한은 그대로입니다 (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보완 요청(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원인에게 빠진 서류를 요청합니다. 그동안 기한이 멈춥니다 (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보완 접수(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>요청한 서류가 왔습니다. 기한이 다시 흐릅니다 (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기한 연장(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기한 전에 처리기간을 연장하고 연장 통지서를 만듭니다 (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>중간 통지(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>진행 상황과 처리 예정일을 민원인에게 알립니다 (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1357 단계 기록(&amp;L)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1357 현장애로 민원의 단계(출동, 해소…)에 이른 때를 적습니다 (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신(&amp;Y)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 내용을 적어 민원을 마치고 회신문을 만듭니다 (Ctrl+Shift+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문서 보기·인쇄(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 민원의 접수증, 회신문, 연장 통지, 중간 통지를 엽니다 (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수증</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 민원의 접수증을 엽니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신문</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신한 민원의 회신문을 엽니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리기간 연장 통지</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>가장 최근의 연장 통지서를 엽니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>가장 최근의 중간 통지서를 엽니다</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>회신함 · {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({late} 늦음)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>멈춤 · {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0초 지남</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 연장됨</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({n}회)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>늦게 회신</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기한 지남·통지 없음</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>중간 통지 필요</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수 {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>임박 {at}부터</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리기한 {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리기간 연장 {n}회</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보완 요청으로 {at}부터 기한 멈춤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>다음 중간 통지 {at}까지</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>임박 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지남 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 처리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인하면 그 사람이 맡은 민원이 여기에 나옵니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>맡은 민원 가운데 처리 중인 것이 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>맡은 민원 {n}건</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseToolbar</name>
    <message>
        <source>조사 결과 기록(&amp;F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조사 결과</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>불친절·불성실 신고의 조사 결과(인정·불인정)를 적습니다. 인정하면 보상 후보가 됩니다 (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조사 결과 기록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>목록에서 민원을 먼저 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>목표 {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>{status} 중</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — 업무대행 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words}. F3: {deputy} 님에게 접수 · Enter 한 번 더: 그래도 {name} 님 앞으로 접수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words}. Enter 한 번 더: 그래도 {name} 님 앞으로 접수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>데이터베이스를 여는 중입니다. 잠시 후 다시 눌러 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}에게 (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방문객 접수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}
입력한 내용은 그대로 있습니다. 원인을 해결한 뒤 Enter를 눌러 다시 접수하세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님을 접수했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응대 시작(F2)과 퇴실(F4)은 대기 현황에서 방문객을 고른 뒤에 누르세요 (Ctrl+B로 이동).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— 찾은 지난 방문 없음 —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>성명이나 연락처가 같은 지난 방문이 없습니다. 성명과 연락처를 확인해 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>성명이나 연락처를 먼저 적으면 지난 방문을 찾아 드립니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— 지난 방문을 고르세요 —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>성명이나 연락처가 같은 지난 방문 {n}건 (최근 방문부터)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 방문: {visit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>서버와 연결이 끊겨 {name} 님 접수를 이 PC에 보관했습니다(전송 대기). 다시 연결되면 접수한 시각 그대로 보냅니다.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompensationDialogs</name>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>받는 분</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서에 적을 이름</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>받는 분(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기록에 이름이 없습니다. 증서를 받을 분의 이름을 적어 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>승인 메모</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>선택: 기록에 남길 한 줄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>승인 메모(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>발급한 뒤 증서 미리보기 열기(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>금액: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>연락처: {contact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리 담당자: {officer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>올해 예산 {cap} 중 {spent} 지급 (남은 금액 {left})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예산 초과</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예산을 넘어도 발급</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>발급하지 않기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>발급하지 않았습니다. 예산을 늘리려면 &apos;예산 설정…&apos;을 쓰세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사유</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>왜 그렇게 결정했는지 (기록에 남고 점검에 쓰입니다)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사유(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보상 반려</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>반려</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>반려하면 증서를 발급하지 않습니다. 사유는 기록에 남습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서 무효 처리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>무효 처리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서 {serial} · {kind} · {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>무효로 한 증서도 대장에 그대로 남고, 그 번호는 다시 쓰지 않습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>무효가 된 증서는 인쇄할 수 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>금액은 원 단위 숫자로 적어 주세요 (예: 1,000,000). 예산을 없애려면 비워 두세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예산 금액</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>원 단위 (예: 1,000,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예산(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>비워 두면 예산 없음 (경고하지 않습니다)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}년 보상 예산</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>발급하면 예산을 넘게 되는 승인은 한 번 더 확인합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90%를 넘게 쓰면 대장에 경고가 나옵니다.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompensationPage</name>
    <message>
        <source>{period}에 기록한 시정조치 {n}건</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}에 기록한 시정조치가 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>시정조치를 고르면 내용이 여기에 나옵니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>번호</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>대상 직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조치</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>관련 기록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>연결 없음 — 결과 안내문을 보낼 곳이 없습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원인</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>후속 담당자</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>목록에서 시정조치를 먼저 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>시정조치 {number}에는 연결된 민원이나 방문 기록이 없어 결과 안내문을 보낼 곳이 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>결과 안내문 준비 중…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>결과 안내문({number})을 미리보기로 열었습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>시정조치 {number}을(를) 기록했습니다: {staff}, {kind}. 후속 담당 {follow}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>승인이나 반려로 결정한 후보를 고르세요. 결정한 뒤에 시정조치를 기록합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>목록에서 증서를 먼저 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>모든 종류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>결정을 기다리는 후보 {n}건 (모두 승인하면 {amount:,}원)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>결정을 기다리는 보상 후보가 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 결정된 것 {n}건</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 후보</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>목록에서 후보를 고르면 근거가 여기에 나옵니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 후보: {kind} · {amount:,}원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(기록에 이름이 없습니다 — 승인할 때 적어 주세요)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>받는 분: {name}{contact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리 담당자: {officer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(정해지지 않음)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인한 뒤에 받는 분을 볼 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>목록에서 후보를 먼저 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이미 결정한 후보입니다: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>승인했습니다: 증서 {serial} ({kind}, {amount:,}원, 받는 분 {name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>반려했습니다: {kind} · {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>결정 대기 중입니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 증서 {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}{serial}
{when}, {who}
사유: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount}원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>종류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>일시</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>받는 분</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>금액</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>결정</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(이름 없음)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>결정 대기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} · {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>일련번호</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>발급일</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>상태</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>인쇄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>무효</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>발급</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}회</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>월</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>발급 금액</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>무효 금액</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>순액</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>누계</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}월</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}매</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기록일</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>후속 담당</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(연결 없음)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>한 해 전체</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>년</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y}년 {m}월</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y}년</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}: 증서 {n}매 발급, 그중 무효 {voided}매 · 유효한 금액 {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}에 발급한 증서가 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y}년 예산: 정하지 않음 · 지급 {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y}년 예산 {cap} · 지급 {total} · 남은 금액 {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서를 고르면 사유와 발급·무효 기록이 여기에 나옵니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} · {title} · 받는 분 {name} · {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사유: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>관련 기록: {ref} · 발급 {when} ({who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>인쇄 {n}회, 마지막 {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>무효: {when} ({who}) — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>무효 처리할 증서를 먼저 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>인쇄할 증서를 먼저 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서 {number}을(를) 미리보기로 열었습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서 준비 중…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>한 번에 인쇄할 달을 고르세요 (&apos;달&apos;에서 1월–12월).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y}년 {m}월 증서를 모으는 중입니다…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}을(를) 미리보기로 열었습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서 일괄 인쇄를 취소했습니다. 인쇄 횟수는 바뀌지 않았습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y}년 {m}월 증서 준비 중</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서 {serial}은(는) 이미 무효입니다 ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서 {serial}을(를) 무효로 했습니다. 대장에는 그대로 남습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y}년 보상 예산을 {amount}(으)로 정했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y}년 보상 예산을 없앴습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보상·시정조치</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보상·시정조치 안내</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보상·시정조치 화면</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보상 후보</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>종류(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보상 종류로 거르기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>결정된 것도 보기(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>결정된 것도 보기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보상 후보 요약</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보상 후보 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 보상 후보</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>근거(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보상 근거</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리 담당자</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>승인</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>반려</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>후보에서 시정조치 기록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter 승인 · Ctrl+Shift+R 반려 · Ctrl+Shift+K 시정조치 기록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보상 후보 단축키</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서 대장</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>연도(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서 대장 연도</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>달(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서 대장 달</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>무효 처리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서 인쇄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 달 증서 모두 인쇄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서에서 시정조치 기록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서 요약</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보상 증서 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 증서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>월별 대장</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>올해 예산</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예산 설정</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예산 경고</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>월별 보상 대장</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>시정조치</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>시정조치 연도</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>시정조치 달</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>시정조치 기록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>결과 안내문</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>시정조치 요약</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>시정조치 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 시정조치</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보상 후보(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>결정을 기다리는 보상 후보와 그 근거</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서 대장(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>발급한 증서, 월별 대장과 올해 예산</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>시정조치 목록(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>달마다 기록한 시정조치와 결과 안내문</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>승인하고 증서 발급(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 후보를 승인하고 보상 증서를 발급합니다 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>반려(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 후보를 사유를 적어 반려합니다 (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>시정조치 기록(&amp;K)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원에게 한 시정조치를 기록합니다. 고른 후보나 증서의 민원·방문에 이어 적을 수 있습니다 (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서 무효 처리(&amp;V)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 증서를 사유를 적어 무효로 합니다. 대장에는 그대로 남고 번호는 다시 쓰지 않습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서 인쇄(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 증서를 인쇄 미리보기로 엽니다 (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 달 증서 모두 인쇄(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 달에 발급한 유효한 증서를 번호 순서로 한 파일에 모읍니다 (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예산 설정(&amp;G)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예산 설정…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 연도의 보상 예산을 정합니다. 넘기 전에 경고합니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>결과 안내문(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 시정조치의 결과 안내문을 인쇄 미리보기로 엽니다 (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>서버 연결 상태</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>서버 연결 안내</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>받지 않은 기록 보기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>서버가 받지 않은 기록과 그 이유를 봅니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>서버와 연결이 끊겼습니다 — 다시 연결하는 중</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>서버와 연결이 끊겼습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보관 중 {n}건</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수와 전화메모는 이 PC에 보관됩니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보관 중 {n}건 — 서버로 보내는 중</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>서버가 받지 않은 기록 {n}건</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectiveDialog</name>
    <message>
        <source>보상 후보: {kind} · {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>증서 {serial}: {kind} · {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이름, 초성, 부서나 업무로 찾기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조치 대상 직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>대상 직원(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조치 종류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조치(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조치 내용</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>무엇을 확인했고 어떤 조치를 했는지 (기관 안에만 남습니다)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조치 내용(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>후속 조치 담당자</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>후속 담당자(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원인에게 결과를 알리는 사람: 결과 안내문에 이름과 연락처가 실립니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>관련 기록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>연결 없음</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>관련 기록(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원의 잘못에 대한 시정조치를 기록합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>관련 민원이나 방문을 이어 두면 민원인에게 결과 안내문을 보낼 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조치 대상 직원을 골라 주세요 (이름이나 초성으로 찾기).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원인에게 결과를 알릴 후속 담당자를 골라 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <source>처리기한 계산</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리기간(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>법정 처리기간이나 이 기관 이행표준의 시계를 고릅니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리기간</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수 시각(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수 시각</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지금(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수 시각을 지금으로 되돌립니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지금</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리기한</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>남은 시간</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>계산 방법</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>제외한 날</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCalculatorView</name>
    <message>
        <source>{clock} ({period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>계산할 수 없습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>데이터베이스가 열리면 기관 휴일까지 넣어 계산합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지금({now}) 기준 {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>계산 방법: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수 시각이 근무시간 밖이라 다음 근무 시작({at})부터 셉니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>벽시계 기준이라 휴일을 건너뛰지 않습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>건너뛴 공휴일: {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>건너뛴 공휴일: 없음</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 토·일 {n}일 제외</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentEditor</name>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{path}&apos; 부서를 저장했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(최상위 — 상위 부서 없음)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 부서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서 추가 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서 저장 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskAccess</name>
    <message>
        <source>화면 잠그기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>화면 잠그기 ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>비밀번호 바꾸기(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님이 열어 둔 창을 닫았습니다. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인할 사람의 사번과 비밀번호를 입력하세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님의 권한이 바뀌었습니다. 다시 로그인해 주세요. 화면에 적은 내용은 그대로 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 역할이 주어졌습니다. 다시 로그인하면 쓸 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>비밀번호를 바꾸었습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 비밀번호를 정해야 로그인할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인하지 않음</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 창구에서 일하는 사람입니다. 기록에 이 이름이 남습니다.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>성명</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직위</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내선</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>좌석</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>상태</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당업무: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>직원 검색</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 검색 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>업무대행자 보기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}명</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전체 {n}명</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원을 고르면 자리가 사무실 배치도에 표시됩니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내선 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>좌석: {seat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>좌석 미지정</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당업무: {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님의 자리가 배치도에 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 찾기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>찾기(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 찾기 검색어</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이름, 초성(ㄱㅈㅇ), 부서, 담당업무, 내선번호</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>검색 결과 수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>검색 결과</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 정보</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사진</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>성명과 직위</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>연락처</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>좌석</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당업무</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>재실 상태</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>업무대행자 보기 (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사무실</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>{title} — 인쇄 미리보기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 문서를 {ext} 파일로 저장합니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF로 저장…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ext} 파일 (*.{ext_lower})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>저장했습니다: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}쪽 중 {page}쪽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>인쇄 미리보기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문서 제목</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>쪽 위치</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문서 미리보기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PageUp·PageDown, 화살표 키로 쪽을 넘깁니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>인쇄·저장 결과</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>인쇄…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>인쇄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>프린터와 매수, 쪽을 골라 인쇄합니다 (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF로 저장</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 문서를 PDF 파일로 저장합니다 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>닫기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>미리보기를 닫습니다 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorPlanWidget</name>
    <message>
        <source>{label} 빈 자리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, 내선 {ext}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: 책상 {n}개, 빈 자리 {free}개.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>찾는 자리: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 곳: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방향키로 움직이고 +/-로 확대·축소, PageDown/PageUp으로 책상을 고릅니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>편집 모드: 끌어서 옮기거나 Ctrl+방향키로 한 칸씩 옮깁니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>빈 자리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내선 {ext}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사무실을 고르면 배치도가 나타납니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>좌석 배치도</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GreetingAlerts</name>
    <message>
        <source>민원 데스크</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님이 {minutes}분 넘게 기다리고 있습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응대 기한이 지났습니다</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(기본 대행자)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>가져올 파일 선택</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>명부 파일 (*.csv *.xlsx);;CSV (*.csv);;Excel 통합 문서 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>행</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>열</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내용</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}
아무것도 가져오지 않았습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>추가 {n}{u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>수정 {n}{u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>변경 없음 {n}{u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 부서 {n}개</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}에서 {what} 가져왔습니다: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>첫 줄(머리행)에 이 열이 있어야 합니다: {columns}. CSV(UTF-8 또는 CP949)나 XLSX 파일을 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>가져올 파일을 고르세요 (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 읽는 중…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}{enc}: 추가 {a}{u}, 수정 {m}{u}, 변경 없음 {s}{u}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새로 만들 부서 {n}개: {paths}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>바뀌는 것이 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>맞으면 &apos;가져오기&apos;를 누르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>주의 — {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}행</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>파일 전체</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}에 고칠 곳이 {n}군데 있습니다. 파일을 고친 뒤 다시 골라 주세요. 고칠 곳이 없어야 가져올 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>명부 가져오기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>가져올 내용(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>가져올 내용</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>파일(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>파일</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV 또는 XLSX 파일</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>파일 선택…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>파일 선택</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>가져올 CSV·XLSX 파일을 고릅니다 (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>파일 양식 안내</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>미리보기 요약</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>미리보기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>오류 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>가져오기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>미리보기의 내용을 한꺼번에 가져옵니다 (하나라도 실패하면 아무것도 바뀌지 않습니다)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>닫기 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>닫기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>가져오지 않고 닫습니다 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>이 달에는 기록이 없습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기록 없음</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>최근 6개월 추이</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서별</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서별 {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서별 점검 결과</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자별 점검 결과</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>가장 오래 기다린 방문객</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>가장 많이 늦은 민원·전화메모</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 달의 보상(상품권 등)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 달의 시정조치</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} 안내</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · {charter} · {when} 기준</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}에는 방문, 전화메모, 민원 처리 기한과 상품권·시정조치 기록이 하나도 없습니다. ←/→ 키나 ◀ ▶ 단추로 다른 달을 보세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서별로 셀 기록이 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자별로 셀 기록이 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 달에 안내를 기다린 방문객이 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 달에 기한을 넘긴 민원이나 전화메모가 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>발급 {issued}건, 합계 {total}원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (취소한 {voided}건은 합계에서 뺐습니다)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 달에 발급한 상품권·교통비가 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 달에 기록한 시정조치가 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>자체점검</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} 자체점검 결과를 읽는 중…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이전 달(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>한 달 전의 점검 결과를 봅니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>다음 달(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>한 달 뒤의 점검 결과를 봅니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>다시 읽기(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 달의 기록을 다시 셉니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF로 저장(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 달의 점검 결과를 PDF 파일로 저장합니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>인쇄(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 달의 점검 결과를 인쇄합니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF로 저장…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>인쇄…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>자체점검 알림</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} 자체점검 결과 PDF를 만드는 중…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>점검 월</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이전 달</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이전 달 (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>다음 달</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>다음 달 (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>약속: {promise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 달에 해당하는 건이 없습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total}건 중 {met}건 지킴 · {missed}건 못 지킴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>목표 {target} 달성</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>목표 {target}에 못 미침</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionTables</name>
    <message>
        <source>부서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수 시각</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방문객</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>찾은 직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기다린 시간</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>경청 여부</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>구분</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>번호</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원인</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리기한</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>늦은 시간</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>일련번호</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>발급 시각</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사유</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>금액</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>받는 분</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>발급자</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>상태</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기록 시각</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조치</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>대상 직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>후속 담당</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(지정 없음)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>경청함</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>경청 못 함</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>아직 처리 안 됨</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount}원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>취소</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>발급</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveDesk</name>
    <message>
        <source>서버가 받지 않은 기록이 있습니다</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>창구: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>데이터베이스: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이행표준: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>데이터베이스를 여는 중입니다…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>데이터베이스를 여는 중입니다. 잠시 후 다시 눌러 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>데이터베이스 여는 중…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>대기 현황을 불러오는 중입니다…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>데이터베이스가 열려 있지 않아 로그인할 수 없습니다. 화면 위의 안내대로 고친 뒤 &apos;다시 시도&apos;를 누르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>데이터베이스가 열려 있지 않습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>데이터베이스가 열려 있지 않아 대기 현황을 보여 줄 수 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>데이터베이스가 열려 있지 않아 접수할 수 없습니다. 화면 위의 안내대로 고친 뒤 &apos;다시 시도&apos;를 누르세요. 입력한 내용은 그대로 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 데스크 — {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (시연용)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화메모(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>감독(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방문객 안내</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 찾기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리기한 계산</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부재 일정</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사무실 배치도</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원·부서 관리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화메모</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 처리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>보상·시정조치</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>자체점검</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고객만족도 조사</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>계정·권한 관리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 데스크</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>화면 제목</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기관 이름</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인하지 않음</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인한 사람</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그아웃</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 창구에서 일을 마칩니다. 열어 둔 창은 닫히고 로그인 화면이 나옵니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>데이터베이스 상태</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>데이터베이스 안내</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>다시 시도(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>데이터베이스를 다시 엽니다 (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>다시 시도</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>화면 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>화면</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>파일(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이동(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방문객(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>끝내기(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원 데스크를 닫습니다 (Ctrl+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoActions</name>
    <message>
        <source>접수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → {holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전달 {source} → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>대신 받음 {source} → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자에게 돌려줌 {source} → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>종결</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} · {taken} 접수 ({by})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화하신 분: {caller}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화번호: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 방법: {reply}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>찾은 직원: {asked} → 맡은 사람: {holder} ({dept})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>맡은 사람: {holder} ({dept})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기한 없음</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>답신 기한: {due} · 시도 {n}회</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>끝남: {at} ({reason}) · 시도 {n}회</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>요지:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전달</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원으로 등록(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 메모를 민원으로 등록합니다. 전화하신 분, 요지, 맡은 직원이 채워진 등록 창이 열립니다 (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>민원으로 등록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>목록에서 메모를 고르면 내용과 처리 이력이 여기에 나옵니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인한 뒤에 메모 내용을 볼 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: {outcome} 기록했습니다 (시도 {n}회). 답신 기한은 계속 갑니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: {outcome} — 답신을 마쳤습니다. 메모가 끝났습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>넘겨받을 직원을 고르세요 (이름이나 초성으로 찾기).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} 메모를 {holder}에게 넘겼습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} 메모를 종결했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>목록에서 메모를 먼저 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoFilters</name>
    <message>
        <source>모든 부서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>모든 담당자</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리 중 {n}건</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 기한 지남 {n}건</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>찾은 메모 {n}건</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoForm</name>
    <message>
        <source>이메일 주소 (예: hong@example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문자 받을 번호 (비우면 위 번호)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>다른 번호로 회신 (비우면 위 번호)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 메모는 받은 직원이 가지고 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 메모는 {holder}에게 갑니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메모 저장</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>서버와 연결이 끊겨 메모를 이 PC에 보관했습니다(전송 대기). 다시 연결되면 전화를 받은 시각 그대로 보내고, 메모 번호는 그때 정해집니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} 메모를 받았습니다. 직접 회신해 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} 메모를 {asked} 대신 {holder}에게 전달했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} 메모를 {holder}에게 전달했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 기한 {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}
적은 내용은 그대로 있습니다. 원인을 해결한 뒤 Enter를 눌러 다시 저장하세요.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoListModel</name>
    <message>
        <source>답신 기한</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화하신 분</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>연락처</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>요지</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>시도</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0초 지남</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기한 없음 · 접수 후 {waited}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>답변함 · {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>종결 · {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({late} 늦음)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수 {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>임박 {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>답신 기한 {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>종결 사유: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoNotices</name>
    <message>
        <source>전화메모가 왔습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{caller} — {gist}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>답신 기한이 지났습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} {caller} — {gist} (기한 {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화메모</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화메모 ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화메모 ({n} · 지남 {late})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인하면 그 사람이 맡은 메모가 여기에 나옵니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>맡은 메모가 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>맡은 메모 {n}건</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 기한 지남 {n}건</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리 중 · {holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>끝남</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoPage</name>
    <message>
        <source>통화 기록 찾기를 준비하는 중…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화메모</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화메모 받기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화하신 분(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: 홍길동</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화하신 분</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화하신 분 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 번호(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: 010-1234-5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 번호</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 번호 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>소속(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회사·기관 (선택)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>소속</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>소속 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>찾는 직원(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화로 찾는 직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화로 찾는 직원 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메모가 갈 곳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>요지(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>무엇이 필요한지 한두 문장 (Ctrl+Enter로 저장)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>요지</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>요지 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 방법(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 방법</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 주소</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회신 주소 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메모 저장 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메모를 저장하고 담당자에게 전달합니다 (Enter, 요지 칸에서는 Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메모 저장</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지우기 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>적은 내용을 모두 지웁니다 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메모 지우기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 저장 · 요지 칸은 Ctrl+Enter · Esc 지우기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메모 저장 결과</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>자리를 비운 동안 대신 처리된 메모</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>대신 처리된 메모</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>대신 처리된 메모 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메모 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내 메모</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내 메모 요약</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내 메모 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전체 메모</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>찾기(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화하신 분, 번호, 요지의 낱말</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메모 검색</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메모 부서로 거르기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당자로 거르기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>상태로 거르기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수일</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수일로 거르기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수일 시작</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수일 끝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전체 메모 요약</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전체 메모 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 메모</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메모 내용</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리 이력</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메모·사유(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>통화 결과 메모(선택), 전달할 때 남길 말, 종결 사유</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메모와 사유</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메모와 사유 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>통화함</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>받지 않음</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메시지 남김</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이메일로 답변</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문자로 답변</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전달받을 직원(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전달받을 직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전달</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>종결</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전달받을 직원 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>메모 처리 결과</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 전화메모(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화메모 받기 칸으로 갑니다 (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내 메모(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 창구 근무자가 맡은 메모, 기한 지난 것부터 (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전체 메모 찾기(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>처리 중인 메모 전체와 지난 메모 검색 (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화하신 분과 통화했습니다: 메모가 끝납니다 (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전화했지만 받지 않았습니다: 기한은 계속 갑니다 (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>음성 메시지나 다른 분께 말을 남겼습니다: 기한은 계속 갑니다 (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>원하신 대로 이메일로 답했습니다: 메모가 끝납니다 (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>원하신 대로 문자로 답했습니다: 메모가 끝납니다 (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>다른 직원에게 전달(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 메모를 &apos;전달받을 직원&apos;에게 넘깁니다. &apos;메모·사유&apos;에 넘기는 까닭을 적으세요 (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>종결(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>답신 없이 메모를 끝냅니다. &apos;메모·사유&apos;에 사유를 적으세요 (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficesPage</name>
    <message>
        <source>책상을 놓을 사무실을 목록에서 먼저 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>빈 칸이 없습니다. 사무실 크기를 늘리거나 쓰지 않는 책상을 지운 뒤 다시 해 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>책상({label})을 추가했습니다. 편집 모드에서 끌어서 자리를 잡아 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지울 책상을 배치도에서 먼저 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>책상({label})을 지웠습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>자리를 배정할 책상을 배치도에서 먼저 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>자리에 앉을 직원을 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님을 {label} 자리에 배정했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전에 앉던 {where} {label} 자리는 비었습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>비울 자리(사람이 앉은 책상)를 배치도에서 먼저 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} 자리를 비웠습니다 ({name} 님).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>공간을 놓을 사무실을 목록에서 먼저 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>그 크기의 빈 곳이 없습니다. 크기를 줄이거나 사무실 크기를 늘린 뒤 다시 해 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>공간({name})을 추가했습니다. 편집 모드에서 끌어서 자리를 잡아 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지울 공간을 배치도에서 먼저 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>공간을 지웠습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>배치도에서 책상을 고르세요 (PageDown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>빈 자리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 책상: {label} · {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>왼쪽에서 사무실을 고르거나 새 사무실을 추가하세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; 사무실을 추가했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고칠 사무실을 목록에서 먼저 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사무실 정보를 저장했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(여러 부서·없음)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사무실 배치도</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사무실(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사무실 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사무실 정보</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이름(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: 민원실</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사무실 이름</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>건물</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: 본관</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>층</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: 1층</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>크기(칸)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>가로 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>가로 칸 수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>세로 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>세로 칸 수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사무실 부서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사무실 추가</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>위에 쓴 이름과 크기로 새 사무실을 만듭니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>편집 저장</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 사무실의 이름·건물·층·크기·부서를 바꿉니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사무실 편집 저장</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사무실 알림</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회의실·출입구</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>회의실과 출입구</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>공간 종류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이름 (예: 소회의실)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>공간 이름</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>공간 가로 칸 수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>공간 세로 칸 수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>추가</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>빈 칸에 공간을 놓습니다. 편집 모드에서 끌어 자리를 잡으세요</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>공간 추가</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>삭제</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>배치도에서 고른 공간을 지웁니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>공간 삭제</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>공간 알림</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>배치도 제목</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>편집 모드 (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>켜면 책상과 공간을 끌어서 옮깁니다. Ctrl+방향키로 한 칸씩, 회의실은 오른쪽 아래 모서리를 끌어 크기를 바꿉니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>편집 모드</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>축소 (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>축소</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>확대 (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>확대</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전체 보기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>배치도 전체를 한 화면에 (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>배치도 알림</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>책상과 자리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 책상</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>책상 번호 (예: A-13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 책상 번호</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>책상 추가</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>빈 칸에 책상을 놓습니다. 편집 모드에서 끌어 자리를 잡으세요</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>책상 삭제</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 빈 책상을 지웁니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>자리에 앉을 직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>자리 배정</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 책상에 이 직원을 앉힙니다. 다른 자리에 있던 사람은 옮겨 옵니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>자리 비우기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>책상 알림</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>배치도 편집 모드(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>책상과 공간을 끌어서 옮기는 모드를 켜고 끕니다 (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>배치도로(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>배치도로 갑니다: 방향키로 움직이고 PageDown으로 책상을 고릅니다 (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>비밀번호 바꾸기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님, 처음 받은 비밀번호는 한 번만 쓸 수 있습니다. 새 비밀번호를 정해야 일을 시작할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지금 비밀번호(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 비밀번호(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 비밀번호 확인(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>바꾸기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 비밀번호 두 칸이 다릅니다. 다시 입력하세요.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingItems</name>
    <message>
        <source> (전송 대기)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전송 대기 전화메모 (번호는 보낼 때 정해짐)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전송 대기 전화메모</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전송 대기 전화메모 목록</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>인쇄 — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 파일로 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 파일로 저장했습니다: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>프린터를 고르지 않았습니다. 인쇄 창에서 프린터를 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 프린터로 {pages}쪽을 보냈습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>작업 {job}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}부</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages}쪽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 인쇄 대기열에 보냈습니다 ({details}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>인쇄하지 못했습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 프린터를 열지 못했습니다. 프린터가 켜져 있는지 확인하고 다시 시도하세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>선택한</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>프린터가 다음 쪽을 받지 않았습니다.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <source>입력한 내용: {typed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>받지 않은 이유: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>서버가 받지 않은 기록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>서버가 끊긴 동안 이 PC에 보관했다가 보냈지만 서버가 받지 않은 기록입니다. 이유를 확인하고 다시 입력하거나 지우세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>받지 않은 기록 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>다시 입력(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지우기(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>켬</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>설정</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 PC의 설정입니다. 다른 창구의 설정은 바뀌지 않습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (다시 시작하면 적용)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — 관리자만 바꿀 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>설정 알림</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>저장</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>취소</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>확인하는 중…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>설정 확인 중…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고칠 곳이 있어 저장하지 않았습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>바뀐 설정이 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>설정을 저장했습니다. {names}은(는) 프로그램을 다시 시작하면 적용됩니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>설정을 저장했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>설정(&amp;T)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>설정 ({key})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>로그인에 여러 번 실패하여 계정이 {until}까지 잠겨 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사번 또는 계정 이름과 비밀번호를 입력하고 Enter를 누르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>데이터베이스를 여는 중입니다. 잠시 후 다시 눌러 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: T0001 또는 hong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사번·계정(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>비밀번호(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>시연용 계정 — 고르고 Enter를 누르면 그 역할로 로그인합니다 (&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사번 또는 계정 이름을 입력하세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>비밀번호를 입력하세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>첫 관리자 만들기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이 데이터베이스에는 아직 계정이 없습니다. 계정과 권한을 관리할 첫 관리자를 만드세요. 관리자가 생기기 전에는 다른 일을 할 수 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이름(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>계정 이름(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>비밀번호 확인(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>관리자 만들기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>관리자 이름을 입력하세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>두 비밀번호가 다릅니다. 다시 입력하세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>화면이 잠겨 있습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>잠금 해제</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>다른 사람으로 로그인(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님({roles})이 쓰던 화면입니다. 비밀번호를 입력하고 Enter를 누르면 하던 일이 그대로 이어집니다.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAdmin</name>
    <message>
        <source>{problem}
입력한 내용은 그대로 있습니다. 원인을 해결한 뒤 다시 저장해 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAdminPage</name>
    <message>
        <source>사진 선택</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이미지 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;모든 파일 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{q}&apos; 검색 결과</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>왼쪽에서 부서를 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>재직</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>퇴직·전출</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원·부서 관리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 찾기(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 검색</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이름, 초성, 사번, 내선번호 — 비우면 고른 부서의 직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>가져오기…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>명부 가져오기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 명부나 부재 일정을 CSV·XLSX 파일에서 가져옵니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>종류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서 정보</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이름</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서 이름</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: 창업지원팀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서 이름 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서 종류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서 종류 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>상위 부서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>상위 부서 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서장</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>비워 두면 부서원 중 최선임자가 부서장 역할을 합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서장 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서장을 비워 두면 부서원 중 최선임자가 부서장 역할을 합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서장 안내</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>하위 부서 추가</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 부서 아래에 새 부서를 만듭니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서 저장 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서 저장</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서 이름·종류·상위 부서·부서장을 저장합니다 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서 알림</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 부서</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>하위 부서 포함</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서 직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>성명</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직위</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내선번호</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 정보</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사진</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사진 선택…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG·JPEG 사진을 골라 넣습니다. 세로 3:4로 맞춰 저장합니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사진 지우기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사진을 지우고 이름 카드를 보여 줍니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사진 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사번</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: 2019-0123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사번 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>성명 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: 주무관, 사무관, 서기관</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직위 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내선번호 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이메일</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: hong@korea.kr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이메일 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당업무</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>쉼표로 구분 (예: 창업지원, 벤처인증)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>담당업무 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기본 업무대행자</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>자리를 비울 때 따로 정하지 않으면 이 사람이 대행합니다. 이름, 초성(ㄱㅈㅇ), 부서로 찾을 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기본 업무대행자 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>재직 여부</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>재직 중</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>퇴직·전출한 직원은 지우지 않고 재직 표시를 끕니다 (방문 기록이 남아 있기 때문입니다).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>재직 여부 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 직원 (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>빈 양식으로 새 직원을 입력합니다 (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>저장 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 저장</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 정보를 저장합니다 (Ctrl+S, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 알림</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 저장(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 정보를 저장합니다 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 직원(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>명부 가져오기(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 명부나 부재 일정을 파일에서 가져옵니다</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>새 직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 정보: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>부서를 골라 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>재직 여부 말고는 저장했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님의 정보를 저장했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 직원은 먼저 저장한 뒤 사진을 넣을 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; 파일을 읽을 수 없습니다 ({why}). 다른 파일을 골라 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사진을 넣었습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>사진을 지웠습니다. 이름 카드가 대신 보입니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG·JPEG 사진을 골라 넣습니다. 세로 3:4로 맞춰 저장합니다.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPicker</name>
    <message>
        <source>이름, 초성, 부서나 업무로 찾기 (선택)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos;에 맞는 직원이 없습니다. 목록에서 골라 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos;에 맞는 직원이 {n}명입니다. 목록에서 한 사람을 골라 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyEntry</name>
    <message>
        <source>문항 {n} 점수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1~5, 비우려면 Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문항 {n} 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응답 입력</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>입력한 응답 수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>점수: {scale}. Space 빈칸(응답 없음) · Backspace 앞 문항 · Enter 저장 · Esc 비우기 · Ctrl+Z 방금 저장한 응답 취소</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조사 문항 없음</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>의견</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>설문지에 적힌 의견 (없으면 비워 두세요)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>의견(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>의견 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응답 입력 알림</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>저장 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응답 저장</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>비우기 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응답 비우기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방금 저장한 응답 취소 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방금 저장한 응답 취소</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}년 조사 문항이 없습니다. &apos;문항 관리&apos;에서 먼저 문항을 등록해 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}
입력한 점수는 그대로 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}번째 응답을 저장했습니다. 다음 설문지를 입력하세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방금 저장한 응답을 지웠습니다 ({year}년 응답 {n}건).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>비우려면 Space를 누르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}년 응답 {n}건 입력됨</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyItems</name>
    <message>
        <source>문항 관리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조사 문항 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문항 내용</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: 직원이 친절하게 응대했습니까?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문항(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문항 내용 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문항 관리 알림</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 추가(고칠 때는 저장) · F2 고르고 고치기 · Esc 고치기 그만 · Alt+↑/↓ 순서 바꾸기 · Delete 지우기(응답이 없는 문항만)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>추가</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문항 저장</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고치기 (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>위로 (Alt+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>아래로 (Alt+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지우기 (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문항 {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (응답 {n}건)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}번 문항을 {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>추가했습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고쳤습니다</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고칠 문항을 목록에서 먼저 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고친 내용 저장</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}번 문항을 지웠습니다.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고객만족도 조사</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조사 연도</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>년</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조사 연도 (Alt+←/→로 한 해씩)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX로 내보내기…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX로 내보내기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고객만족도 조사 알림</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응답 입력</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>결과</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문항 관리</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고객만족도조사-{year}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>엑셀 파일 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 이 해에는 조사 자료가 없어 파일에도 그렇게 적었습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>저장했습니다: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응답 입력(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>결과 보기(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문항 관리(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이전 연도(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>다음 연도(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX로 내보내기(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조사 연도(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이행표준: 매년 {month}월 조사</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이행표준: 매년 조사</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyResults</name>
    <message>
        <source>점</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응답 없음</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조사 결과</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>조사 결과 요약</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문항별 평균</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>점수 분포</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문항별 결과</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>퇴실 만족도 요약</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>월별 퇴실 만족도</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>문항별 평균 (5점 만점)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>점수 분포 (모든 문항, 응답에서 차지하는 비율)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>퇴실할 때 남긴 만족도</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}년 응답 {n}건 (의견 {comments}건) · 전체 평균 {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}년에 입력된 설문 응답이 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}건 · 평균 {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}년에 퇴실할 때 남긴 만족도가 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}월 ({n}건)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전체 문항</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnrecordedVisits</name>
    <message>
        <source>요약</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방문일</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>도착</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방문객</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>찾는 직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응대 시작</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>상태</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>퇴실 미기록 방문 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>실제 퇴실 시각</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>결과</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>퇴실 시각 정정 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>닫기 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응대 기록 없음</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>퇴실 시각이 기록되지 않은 채 하루가 끝난 방문 {n}건입니다. 실제 퇴실 시각을 알면 골라서 적고 Enter를 누르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>퇴실 미기록 방문이 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>정정할 방문을 목록에서 골라 주세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님의 퇴실 시각을 {day} {at:%H:%M}(으)로 정정했습니다.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorDesk</name>
    <message>
        <source>방문객 안내</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방문객 접수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>성명(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방문객 이름</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방문객 성명</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방문객 성명 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>연락처(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>010-0000-0000 (선택)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>연락처</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>연락처 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방문 목적(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: 사업 신청 문의</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방문 목적</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방문 목적 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>찾는 직원(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>이름, 초성(ㄱㅈㅇ), 부서, 담당업무나 내선번호를 입력하면 찾아 줍니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>찾는 직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>찾는 직원 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>찾는 직원 재실 상태</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>대행자에게 (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>자리에 없는 직원 대신 지금 업무를 대행하는 직원을 찾는 직원으로 넣습니다 (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>업무대행자에게 안내</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>재방문 (Alt+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>같은 일로 전에 오셨던 분입니다. 지난 방문을 고르고, 직원 잘못으로 다시 오셨으면 그렇게 표시합니다 (Alt+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>재방문</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>재방문 정보</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지난 방문(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>위에 적은 성명이나 연락처가 같은 지난 방문입니다 (최근 방문부터)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지난 방문</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지난 방문 찾기 결과</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지난 방문 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 잘못으로 다시 오심(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지난 방문 때 직원의 잘못(잘못된 안내, 서류 누락 등)으로 다시 오신 경우입니다. 보상 대상으로 검토됩니다 (Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원 잘못으로 다시 오심</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>잘못된 점(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>예: 필요한 서류를 잘못 안내함</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>잘못된 점</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>잘못된 점 오류</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수 알림</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>지우기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>입력한 내용을 지웁니다 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방문객을 대기 현황에 올립니다 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 접수 · Esc 지우기 · Ctrl+N 새 접수
F3 대행자에게 접수 · Alt+J 재방문 · Ctrl+B 대기 현황
대기 현황에서: F2 응대 시작 · F4 퇴실 (뒤이어 1~5 만족도)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>대기 현황</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>대기 요약</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>대기 방문객 목록</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응대 시작</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>퇴실</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>알림</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>퇴실 만족도</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>오늘 응대에 얼마나 만족하셨나요?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>만족도 안내</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 매우 불만족</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>만족도 1점</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 불만족</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>만족도 2점</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 보통</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>만족도 3점</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 만족</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>만족도 4점</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 매우 만족</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>만족도 5점</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>닫기 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>만족도를 남기지 않고 닫습니다 (Esc). 그대로 두어도 다음 접수 때 사라집니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>만족도 닫기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>새 방문객 접수(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>접수 양식의 성명 칸으로 갑니다 (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>대기 현황으로(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>대기 방문객 목록으로 갑니다 (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응대 시작(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 방문객의 이야기를 듣기 시작했다고 기록합니다 (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>퇴실(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>고른 방문객의 방문을 마칩니다 (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorDeskView</name>
    <message>
        <source>찾는 직원이 이야기를 듣기 시작했다고 기록합니다 (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>내가 대신 응대 시작(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>찾는 직원 대신 내가 듣기 시작했다고 기록합니다 (Shift+F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>퇴실 미기록 확인·정정(&amp;U)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>퇴실을 기록하지 않은 채 하루가 끝난 방문을 보고 실제 퇴실 시각을 적습니다 (Ctrl+Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응대 시작 (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>퇴실 (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>대기 현황을 불러오는 중입니다…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님은 아직 응대를 시작하지 않았습니다.
응대 없이 퇴실로 기록할까요?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응대 전 퇴실</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>대기 현황에서 방문객을 먼저 고르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>아직 서버에 보내지 못한 접수입니다(전송 대기). 서버와 다시 연결되어 보내진 뒤에 기록할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>로그인한 뒤에 할 수 있습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>기다리는 방문객이 없습니다.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>대기 {n}명</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응대 중 {n}명</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응대 기한 넘김 {n}명</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score}점, 고맙습니다. 바꾸려면 다른 점수를 누르세요.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score}점을 남깁니다 (숫자 {score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 님, 오늘 응대에 얼마나 만족하셨나요?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingBoardModel</name>
    <message>
        <source>대기 시간</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방문객</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>연락처</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>방문 목적</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>찾는 직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>도착</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waited}째 대기</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0초 지남</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>전송 대기 · {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>직원</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응대 중 · {who} {at}부터</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({late} 늦음)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>도착 {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>응대 기한 {at}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
