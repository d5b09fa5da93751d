<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccessBox</name>
    <message>
        <source>Checking the new mailboxes…</source>
        <translation>正在檢查新信箱…</translation>
    </message>
    <message>
        <source>C&amp;heck which new mailboxes MailWizard can open</source>
        <translation>檢查 MailWizard 能開啟哪些新信箱(&amp;H)</translation>
    </message>
    <message>
        <source>MailWizard copies into Google Workspace with your organisation&apos;s service account (connect with it on the Provider step), so no new mailbox password is needed.</source>
        <translation>MailWizard 透過貴組織的服務帳戶將郵件複製到 Google Workspace（請在「郵件服務商」步驟用它連線），因此不需要新信箱的密碼。</translation>
    </message>
    <message>
        <source>In the Google Admin console, open Security &gt; Access and data control &gt; API controls &gt; Domain-wide delegation, and add the scope https://mail.google.com/ to the service account&apos;s client ID (keep the scopes it already has).</source>
        <translation>在 Google 管理控制台中開啟「安全性 &gt; 存取權與資料控管 &gt; API 控制項 &gt; 全網域委派」，為該服務帳戶的用戶端 ID 加入權限範圍 https://mail.google.com/（保留它既有的權限範圍）。</translation>
    </message>
    <message>
        <source>MailWizard copies into Microsoft 365 with your own sign-in, so no new mailbox password is needed. You need Full Access to each person&apos;s new mailbox:</source>
        <translation>MailWizard 使用您本人的登入將郵件複製到 Microsoft 365，因此不需要新信箱的密碼。您需要對每個人的新信箱擁有「完整存取權」：</translation>
    </message>
    <message>
        <source>In the Exchange admin center, open Recipients &gt; Mailboxes, choose the person, then Delegation &gt; Read and manage (Full Access) &gt; Edit, and add yourself. It can take up to an hour to work.</source>
        <translation>在 Exchange 系統管理中心開啟「收件者 &gt; 信箱」，選擇此人，再按「委派 &gt; 讀取及管理 (完整存取權) &gt; 編輯」，把您自己加進去。最多可能要一小時才會生效。</translation>
    </message>
    <message>
        <source>MailWizard can open all {n} new mailboxes.</source>
        <translation>MailWizard 能開啟全部 {n} 個新信箱。</translation>
    </message>
    <message>
        <source>MailWizard cannot open these new mailboxes yet: {who}.</source>
        <translation>MailWizard 目前還無法開啟這些新信箱：{who}。</translation>
    </message>
</context>
<context>
    <name>ActivationPanel</name>
    <message>
        <source>Not signed in yet</source>
        <translation>尚未登入</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登入</translation>
    </message>
    <message>
        <source>Signed in and changed the password</source>
        <translation>已登入並變更了密碼</translation>
    </message>
    <message>
        <source>Not reported by the provider</source>
        <translation>服務商未提供</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>自 {date} 起</translation>
    </message>
    <message>
        <source>invited {date} — 1 day waiting</source>
        <translation>{date} 寄出邀請 — 已等 1 天</translation>
    </message>
    <message>
        <source>invited {date} — {n} days waiting</source>
        <translation>{date} 寄出邀請 — 已等 {n} 天</translation>
    </message>
    <message>
        <source>invited {date}</source>
        <translation>{date} 寄出邀請</translation>
    </message>
    <message>
        <source>{done} of {total} reminders sent</source>
        <translation>已寄出 {done} / {total} 封提醒</translation>
    </message>
    <message>
        <source>1 reminder sent.</source>
        <translation>已寄出 1 封提醒。</translation>
    </message>
    <message>
        <source>{n} reminders sent.</source>
        <translation>已寄出 {n} 封提醒。</translation>
    </message>
    <message>
        <source>MailWizard cannot tell whether the reminder reached {addresses}: the mail server&apos;s answer was lost. Ask them whether it arrived before reminding them again, so nobody gets it twice.</source>
        <translation>MailWizard 無法確定提醒是否已送達 {addresses}：郵件伺服器的回覆遺失了。再次提醒之前，請先問問對方是否收到，以免重複寄送。</translation>
    </message>
    <message>
        <source>Not sent to {address}: {why}</source>
        <translation>未能寄給 {address}：{why}</translation>
    </message>
    <message>
        <source>Checking who has signed in…</source>
        <translation>正在查看誰已登入…</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未查看。</translation>
    </message>
    <message>
        <source>Your provider does not report who has signed in, so MailWizard cannot tell. You can still send everyone a reminder.</source>
        <translation>您的郵件服務商不提供登入紀錄，因此 MailWizard 無法得知誰已登入。您仍然可以寄提醒給所有人。</translation>
    </message>
    <message>
        <source>1 of {total} has signed in</source>
        <translation>{total} 人中已有 1 人登入</translation>
    </message>
    <message>
        <source>{signed} of {total} have signed in</source>
        <translation>{total} 人中已有 {signed} 人登入</translation>
    </message>
    <message>
        <source>Everyone has signed in ({n} of {n}).</source>
        <translation>所有人都已登入（{n} / {n}）。</translation>
    </message>
    <message>
        <source>Last checked {when}</source>
        <translation>上次查看：{when}</translation>
    </message>
    <message>
        <source>Re&amp;mind the 1 who has not signed in…</source>
        <translation>提醒尚未登入的 1 人(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;mind the {n} who have not signed in…</source>
        <translation>提醒尚未登入的 {n} 人(&amp;M)…</translation>
    </message>
    <message>
        <source>Who has signed in</source>
        <translation>誰已登入</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再查一次(&amp;A)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>電子郵件地址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>The people who have not signed in yet</source>
        <translation>尚未登入的人</translation>
    </message>
</context>
<context>
    <name>AppSecretDialog</name>
    <message>
        <source>Connect to {provider}</source>
        <translation>連線至 {provider}</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>連線(&amp;C)</translation>
    </message>
    <message>
        <source>the address where your administrator signs in</source>
        <translation>管理員平常登入的網址</translation>
    </message>
    <message>
        <source>&lt;p&gt;Practice: a real provider&apos;s admin console gives you an ID and a secret for MailWizard. The practice ones are filled in below; click Connect.&lt;/p&gt;</source>
        <translation>&lt;p&gt;練習：真實郵件服務商的管理後台會給您一組供 MailWizard 使用的 ID 與 Secret。下方已填好練習用的值，按一下「連線」即可。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;MailWizard creates the accounts through Exmail&apos;s open API. You need two values from the Exmail admin console ({link}):&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sign in as the administrator and open &lt;b&gt;Toolbox → App center&lt;/b&gt; (工具箱 → 应用中心).&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;CorpID&lt;/b&gt; shown at the bottom of that page.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;Address book&lt;/b&gt; app (通讯录管理), switch it on, and copy its &lt;b&gt;Secret&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The open API comes with the Professional edition (专业版). If your console does not show it, create the accounts with the import file on the Members step instead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;MailWizard 透過騰訊企業郵箱的開放 API 建立帳號。您需要從企業郵箱管理後台（{link}）取得兩個值：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;以管理員帳號登入，開啟&lt;b&gt;「工具箱 → 应用中心」&lt;/b&gt;（應用中心）。&lt;/li&gt;&lt;li&gt;複製該頁最下方顯示的 &lt;b&gt;CorpID&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;開啟&lt;b&gt;「通讯录管理」&lt;/b&gt;（通訊錄管理）應用程式，將它啟用，再複製它的 &lt;b&gt;Secret&lt;/b&gt;。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;開放介面隨專業版提供。如果您的管理後台沒有這個項目，請改用「成員」步驟中的匯入檔建立帳號。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;MailWizard creates the accounts through Alibaba Mail&apos;s API open platform. You need two values from the Alibaba Mail admin console ({link}):&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sign in as the administrator and open &lt;b&gt;Advanced features → API open platform&lt;/b&gt; (高级应用 → API开放平台).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Add app&lt;/b&gt; (添加应用), tick the permissions to read and write &lt;b&gt;users&lt;/b&gt; and &lt;b&gt;departments&lt;/b&gt; and to read &lt;b&gt;domains&lt;/b&gt;, and save.&lt;/li&gt;&lt;li&gt;Open the app again to copy its &lt;b&gt;App ID&lt;/b&gt; and &lt;b&gt;Secret&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The free edition has no API open platform; then use the import file on the Members step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;MailWizard 透過阿里郵箱的 API 開放平台建立帳號。您需要從阿里郵箱管理後台（{link}）取得兩個值：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;以管理員帳號登入，開啟&lt;b&gt;「高级应用 → API开放平台」&lt;/b&gt;（進階應用 → API 開放平台）。&lt;/li&gt;&lt;li&gt;按一下&lt;b&gt;「添加应用」&lt;/b&gt;（新增應用程式），勾選&lt;b&gt;使用者&lt;/b&gt;與&lt;b&gt;部門&lt;/b&gt;的讀寫權限以及&lt;b&gt;網域&lt;/b&gt;的讀取權限，然後儲存。&lt;/li&gt;&lt;li&gt;再次開啟該應用程式，複製它的&lt;b&gt;應用程式 ID&lt;/b&gt; 與 &lt;b&gt;Secret&lt;/b&gt;。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;免費版沒有 API 開放平台，這時請使用「成員」步驟中的匯入檔。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CorpID:</source>
        <translation>CorpID：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where was your {provider} account opened?&lt;/b&gt;</source>
        <translation>&lt;b&gt;您的{provider}是在哪個站點開通的？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Bought on aliyun.com: Mainland China. Bought on alibabacloud.com: the site chosen when buying. An app&apos;s ID and secret work only at their own site.</source>
        <translation>在阿里雲（aliyun.com）購買：中國大陸站點。在阿里雲國際站（alibabacloud.com）購買：購買時選擇的站點。應用程式的 ID 與 Secret 只在所屬站點有效。</translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation>應用程式 ID：</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret：</translation>
    </message>
    <message>
        <source>The secret is kept in your computer&apos;s password store, nowhere else. You can disconnect at any time.</source>
        <translation>Secret 只儲存在本機的系統密碼庫中，不會存放在其他任何地方。您隨時可以中斷連線。</translation>
    </message>
    <message>
        <source>Mainland China (aliyun.com)</source>
        <translation>中國大陸站點（aliyun.com）</translation>
    </message>
    <message>
        <source>International: Singapore (alibabacloud.com)</source>
        <translation>國際站：新加坡（alibabacloud.com）</translation>
    </message>
    <message>
        <source>International: Hong Kong, China (alibabacloud.com)</source>
        <translation>國際站：香港（alibabacloud.com）</translation>
    </message>
    <message>
        <source>International: Germany (alibabacloud.com)</source>
        <translation>國際站：德國（alibabacloud.com）</translation>
    </message>
    <message>
        <source>International: United States (alibabacloud.com)</source>
        <translation>國際站：美國（alibabacloud.com）</translation>
    </message>
</context>
<context>
    <name>ConnectBox</name>
    <message>
        <source>Connecting to {provider}…</source>
        <translation>正在連線至{provider}…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser… Come back here when the browser says you are done.</source>
        <translation>正在等待您在瀏覽器中登入。瀏覽器顯示登入完成後，請回到這裡。</translation>
    </message>
    <message>
        <source>Connected to {organisation} (ID {account}).</source>
        <translation>已連線至 {organisation}（ID {account}）。</translation>
    </message>
    <message>
        <source>Less copying by hand: connect MailWizard to {provider}</source>
        <translation>省去手動複製：將 MailWizard 連線到 {provider}</translation>
    </message>
    <message>
        <source>Signed in as {account} (organisation: {organisation}).</source>
        <translation>已使用 {account} 登入（組織：{organisation}）。</translation>
    </message>
    <message>
        <source>Connect with the ID and secret from the {provider} admin console, and MailWizard creates the accounts on the Members step for you.</source>
        <translation>使用{provider}管理後台中的 ID 與 Secret 連線後，MailWizard 會在「成員」步驟中替您建立帳號。</translation>
    </message>
    <message>
        <source>Sign in with an administrator account of {provider}, and MailWizard adds your domain there, fills in the values below and asks {provider} to verify the domain once the record is visible.</source>
        <translation>以 {provider} 的管理員帳戶登入後，MailWizard 會為您新增網域、自動填入下方的值，並在驗證紀錄生效後請 {provider} 驗證網域。</translation>
    </message>
    <message>
        <source>Connect, and MailWizard adds your domain to {provider}, fills in the values below and asks {provider} to verify the domain once the record is visible.</source>
        <translation>連線後，MailWizard 會將您的網域新增到 {provider}、自動填入下方的值，並在驗證紀錄生效後請 {provider} 驗證網域。</translation>
    </message>
    <message>
        <source>{provider} has verified {domain}.</source>
        <translation>{provider} 已驗證 {domain}。</translation>
    </message>
    <message>
        <source>{provider} has not verified {domain} yet. It checks the MX records itself once they are visible; MailWizard asks again once the check below sees them.</source>
        <translation>{provider}尚未驗證 {domain}。紀錄生效後它會自行檢查 MX 紀錄；下方的檢查看到這些紀錄後，MailWizard 會再次詢問。</translation>
    </message>
    <message>
        <source>When the verification record is visible, MailWizard asks {provider} to verify {domain}.</source>
        <translation>驗證紀錄生效後，MailWizard 會請 {provider} 驗證 {domain}。</translation>
    </message>
    <message>
        <source>Advanced: use your organisation&apos;s own app registration…</source>
        <translation>進階：使用貴組織自己的應用程式註冊…</translation>
    </message>
    <message>
        <source>License for new mailboxes:</source>
        <translation>新信箱使用的授權：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add {domain} in the {provider} console:&lt;/b&gt; open &lt;b&gt;Domain management&lt;/b&gt; (域名管理) and add it — or, where mail is managed in WeCom (企业微信): &lt;b&gt;Collaboration → Mail → Overview → Configure&lt;/b&gt; (协作 → 邮件 → 概况 → 前往配置). Then add the records below at your DNS host. The console shows “Verifying” (验证中) until it sees the MX records, up to about 3 hours after they are visible.</source>
        <translation>&lt;b&gt;在{provider}管理後台新增 {domain}：&lt;/b&gt;開啟&lt;b&gt;「域名管理」&lt;/b&gt;（網域管理）並新增該網域；如果貴公司的信箱改由企業微信管理，則開啟&lt;b&gt;「协作 → 邮件 → 概况 → 前往配置」&lt;/b&gt;（協作 → 郵件 → 概況 → 前往設定）。接著在您的 DNS 代管商新增下方的紀錄。管理後台會一直顯示「验证中」（驗證中），直到查到 MX 紀錄為止；紀錄生效後，最多約 3 小時才會顯示驗證通過。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Practice:&lt;/b&gt; at a real provider you would first add {domain} in its admin console. The practice console has it already; add the records below with “Open my DNS host”.</source>
        <translation>&lt;b&gt;練習：&lt;/b&gt;在真實的郵件服務商那裡，您需要先在其管理後台新增 {domain}。練習用的後台已經新增好了；請按一下「前往 DNS 代管商」新增下方的紀錄。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add {domain} in the {provider} console:&lt;/b&gt; &lt;b&gt;Company customization → Domain management → Domain settings → Add domain name&lt;/b&gt; (企业定制 → 域名管理 → 域名设置 → 添加域名). Then add the records below at your DNS host. The console shows “Verifying” until it sees them (from minutes up to 48 hours); MailWizard reads its verdict once the check below sees them.</source>
        <translation>&lt;b&gt;在{provider}管理後台新增 {domain}：&lt;/b&gt;&lt;b&gt;「企业定制 → 域名管理 → 域名设置 → 添加域名」&lt;/b&gt;（企業客製 → 網域管理 → 網域設定 → 新增網域）。接著在您的 DNS 代管商新增下方的紀錄。在看到這些紀錄之前，管理後台會顯示「验证中」（驗證中，幾分鐘到 48 小時不等）；下方的檢查看到紀錄後，MailWizard 會讀取它的驗證結果。</translation>
    </message>
    <message>
        <source>{name} — {n} free</source>
        <translation>{name}（剩餘 {n} 個）</translation>
    </message>
    <message>
        <source>Connecting with the service account…</source>
        <translation>正在使用服務帳戶連線…</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-family:sans-serif&apos;&gt;MailWizard: you are signed in. You can close this window and go back to MailWizard.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-family:sans-serif&apos;&gt;MailWizard：您已登入。現在可以關閉這個視窗，回到 MailWizard。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change the &amp;ID or secret…</source>
        <translation>變更 ID 或 Secret(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>重新登入(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Sign in with {brand}</source>
        <translation>使用 {brand} 帳戶登入(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>連線(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>中斷連線(&amp;D)</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>正在等待您在瀏覽器中登入…</translation>
    </message>
    <message>
        <source>Disconnect from {provider}?</source>
        <translation>要中斷與 {provider} 的連線嗎？</translation>
    </message>
    <message>
        <source>MailWizard forgets the ID and secret (they leave this computer&apos;s password store). Nothing in your {provider} account changes.</source>
        <translation>MailWizard 會忘記 ID 與 Secret（從本機系統密碼庫中刪除）。您的{provider}帳戶不會有任何變更。</translation>
    </message>
    <message>
        <source>MailWizard forgets its sign-in and asks {provider} to withdraw it. Nothing in your {provider} account changes.</source>
        <translation>MailWizard 會清除自己的登入資訊，並請 {provider} 撤銷這項授權。您在 {provider} 的帳號不會有任何變更。</translation>
    </message>
</context>
<context>
    <name>CopyBox</name>
    <message>
        <source>less than a minute left</source>
        <translation>不到 1 分鐘</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation>約剩 {n} 分鐘</translation>
    </message>
    <message>
        <source>about {n} h left</source>
        <translation>約剩 {n} 小時</translation>
    </message>
    <message>
        <source>Too big for the new mailbox ({n}), still in the old one:</source>
        <translation>太大，新信箱無法接收（{n} 封），仍在舊信箱中：</translation>
    </message>
    <message>
        <source>Refused by the new mailbox ({n}), still in the old one:</source>
        <translation>被新信箱拒收（{n} 封），仍在舊信箱中：</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（無主旨）</translation>
    </message>
    <message>
        <source>• “{subject}”, {date}, {size}, in {folder}</source>
        <translation>• 「{subject}」，{date}，{size}，位於「{folder}」</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>……另外還有 {n} 封</translation>
    </message>
    <message>
        <source>The server said: {words}</source>
        <translation>伺服器的回覆：{words}</translation>
    </message>
    <message>
        <source>{done} of {total} messages</source>
        <translation>{done} / {total} 封郵件</translation>
    </message>
    <message>
        <source>counting the messages…</source>
        <translation>正在清點郵件…</translation>
    </message>
    <message>
        <source>{counted}, {left}</source>
        <translation>{counted}，{left}</translation>
    </message>
    <message>
        <source>paused, {counted}</source>
        <translation>已暫停，{counted}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>{word}: {n} messages copied</source>
        <translation>{word}：已複製 {n} 封郵件</translation>
    </message>
    <message>
        <source>{word}: {problem}</source>
        <translation>{word}：{problem}</translation>
    </message>
    <message>
        <source>stopped; Start goes on from here</source>
        <translation>已停止；按「開始複製」會從這裡繼續</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Copy of {name}&apos;s mail</source>
        <translation>{name} 的郵件複製進度</translation>
    </message>
    <message>
        <source>Stopped: {done} of {total} people&apos;s mail copied. Start goes on where it stopped: nothing is copied twice.</source>
        <translation>已停止：{total} 人中已有 {done} 人的郵件複製完成。按「開始複製」會從停止處繼續，不會重複複製。</translation>
    </message>
    <message>
        <source>{done} of {total} people&apos;s mail copied; {n} could not be: see below. Fix it and press Start again: what was copied is not copied twice.</source>
        <translation>{total} 人中已有 {done} 人的郵件複製完成；{n} 人未能複製，原因見下方。處理好後再按「開始複製」：已複製的郵件不會重複複製。</translation>
    </message>
    <message>
        <source>Everyone&apos;s mail was copied ({n} people).</source>
        <translation>所有人的郵件都已複製（共 {n} 人）。</translation>
    </message>
    <message>
        <source>Copy &amp;again (new mail only)</source>
        <translation>再次複製（僅新郵件）(&amp;A)</translation>
    </message>
    <message>
        <source>{done} of {total} messages copied so far.</source>
        <translation>目前已複製 {done} / {total} 封郵件。</translation>
    </message>
    <message>
        <source>{done} of {total} messages so far ({n} people at a time).</source>
        <translation>目前 {done} / {total} 封郵件（每次同時複製 {n} 人）。</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>正在複製</translation>
    </message>
    <message>
        <source>Ready to copy the mail of {n} people.</source>
        <translation>可以開始複製 {n} 人的郵件了。</translation>
    </message>
    <message>
        <source>Check the old server on tab 1 and type the old logins on tab 2 first.</source>
        <translation>請先在第 1 頁檢查舊伺服器，並在第 2 頁填寫舊登入名稱。</translation>
    </message>
    <message>
        <source>Each person&apos;s copy</source>
        <translation>每個人的複製進度</translation>
    </message>
    <message>
        <source>S&amp;tart copying</source>
        <translation>開始複製(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暫停(&amp;P)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>繼續(&amp;U)</translation>
    </message>
    <message>
        <source>Stop the cop&amp;y</source>
        <translation>停止複製(&amp;Y)</translation>
    </message>
    <message>
        <source>Nothing is deleted or changed on the old server. A copy that was paused, stopped or cut off (MailWizard closed, the connection lost) goes on from where it was when you start it again, and no message is copied twice.</source>
        <translation>舊伺服器上的郵件不會被刪除或更動。複製暫停、停止或中斷（關閉了 MailWizard、網路中斷）後，再次開始時會從中斷處繼續，不會重複複製任何郵件。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something unexpected went wrong</source>
        <translation>發生了非預期的問題</translation>
    </message>
    <message>
        <source>Your work so far is saved. You can go on, or close MailWizard and start it again: it opens where you were. If it happens again, send the details to your IT support (they contain no passwords). Log file: {path}</source>
        <translation>到目前為止的內容都已儲存。您可以繼續，也可以關閉 MailWizard 再重新開啟：它會回到您剛才的位置。如果再次發生，請把詳細資訊寄給 IT 支援人員（其中不含任何密碼）。記錄檔：{path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
</context>
<context>
    <name>CutoverBox</name>
    <message>
        <source>Reading the domain&apos;s mail records…</source>
        <translation>正在讀取網域的郵件記錄…</translation>
    </message>
    <message>
        <source>Read the records a&amp;gain</source>
        <translation>重新讀取記錄(&amp;G)</translation>
    </message>
    <message>
        <source>When everyone&apos;s mail is copied, switch the domain&apos;s mail to the new provider like this, so no message is lost on the way.</source>
        <translation>所有人的郵件複製完後，依以下步驟把網域的郵件切換到新服務商，途中不會遺失郵件。</translation>
    </message>
</context>
<context>
    <name>DesignBox</name>
    <message>
        <source>a picture, kept in each person&apos;s files</source>
        <translation>一張圖片，儲存在每個人的檔案中</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>沒有標誌</translation>
    </message>
    <message>
        <source>Each person&apos;s name, and these details from the member list</source>
        <translation>每個人的姓名，以及成員名單中的這些資訊</translation>
    </message>
    <message>
        <source>Job &amp;title</source>
        <translation>職稱(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部門(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Mobile phone</source>
        <translation>手機(&amp;M)</translation>
    </message>
    <message>
        <source>Email &amp;address</source>
        <translation>電子郵件地址(&amp;A)</translation>
    </message>
    <message>
        <source>The same for everyone</source>
        <translation>所有人相同的內容</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>公司名稱(&amp;C)：</translation>
    </message>
    <message>
        <source>Company p&amp;hone:</source>
        <translation>公司電話(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>網站(&amp;W)：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>標誌：</translation>
    </message>
    <message>
        <source>&amp;Legal line:</source>
        <translation>法律聲明(&amp;L)：</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>語言(&amp;N)：</translation>
    </message>
    <message>
        <source>The same as MailWizard&apos;s</source>
        <translation>與 MailWizard 相同</translation>
    </message>
    <message>
        <source>e.g. This email may contain confidential information…</source>
        <translation>例如：本郵件可能含有機密資訊…</translation>
    </message>
    <message>
        <source>Ch&amp;oose a logo…</source>
        <translation>選擇標誌(&amp;O)…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>移除(&amp;E)</translation>
    </message>
    <message>
        <source>Pre&amp;view for:</source>
        <translation>預覽對象(&amp;V)：</translation>
    </message>
    <message>
        <source>As mail programs show it:</source>
        <translation>在郵件程式中的樣子：</translation>
    </message>
    <message>
        <source>As plain text (for programs that show no formatting):</source>
        <translation>純文字（用於不顯示格式的程式）：</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Your saved work is from a newer MailWizard</source>
        <translation>已儲存的進度來自較新版的 MailWizard</translation>
    </message>
    <message>
        <source>It was saved by a newer version of MailWizard, which this version cannot read. It has been kept, unchanged, at:
{path}

Install the newer version to continue that work, or start again here.</source>
        <translation>這份進度是由較新版的 MailWizard 儲存的，目前的版本無法讀取。它已原封不動保留在：
{path}

請安裝新版來繼續先前的工作，或在這裡重新開始。</translation>
    </message>
    <message>
        <source>Your saved work could not be read</source>
        <translation>無法讀取已儲存的進度</translation>
    </message>
    <message>
        <source>The file with your saved work is empty: the computer may have stopped, or the disk may have been full, while it was being written. MailWizard starts from the beginning. The empty file has been kept at:
{path}</source>
        <translation>儲存進度的檔案是空的：寫入時電腦可能中途停止了，或者磁碟已滿。MailWizard 將從頭開始。這個空檔案已保留在：
{path}</translation>
    </message>
    <message>
        <source>The file with your saved work is incomplete, or part of it cannot be read, so MailWizard starts from the beginning. The file has been kept, unchanged, at:
{path}

If you need what was in it, send that file to your IT support.</source>
        <translation>儲存進度的檔案不完整，或其中有部分內容無法讀取，因此 MailWizard 將從頭開始。該檔案已原封不動保留在：
{path}

如果需要其中的內容，請把這個檔案寄給您的 IT 支援人員。</translation>
    </message>
    <message>
        <source>The file with your saved work is damaged, so MailWizard starts from the beginning. The damaged file has been kept at:
{path}

If you need what was in it, send that file to your IT support.</source>
        <translation>儲存進度的檔案已損毀，因此 MailWizard 會從頭開始。損毀的檔案已保留在：
{path}

如果需要其中的內容，請將這個檔案寄給您的 IT 支援人員。</translation>
    </message>
    <message>
        <source>MailWizard&apos;s provider information is damaged</source>
        <translation>MailWizard 的郵件服務商資料已損毀</translation>
    </message>
    <message>
        <source>MailWizard cannot start without it. Please reinstall MailWizard; your saved work is kept.</source>
        <translation>缺少這些資料，MailWizard 無法啟動。請重新安裝 MailWizard，您已儲存的進度不會遺失。</translation>
    </message>
    <message>
        <source>Your latest changes are not saved</source>
        <translation>最近的變更尚未儲存</translation>
    </message>
    <message>
        <source>Fix that, then choose Try again. If you close now, the changes since the last save are lost.</source>
        <translation>請先解決這個問題，再選擇「重試」。如果現在關閉，上次儲存之後的變更將會遺失。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>不儲存並關閉</translation>
    </message>
</context>
<context>
    <name>DnsApplyDialog</name>
    <message>
        <source>Your DNS host did not answer as expected.</source>
        <translation>DNS 代管商的回應不如預期。</translation>
    </message>
    <message>
        <source>Set up the records at {host}</source>
        <translation>在 {host} 設定 DNS 紀錄</translation>
    </message>
    <message>
        <source>Reading the records {host} holds for {domain}…</source>
        <translation>正在讀取 {host} 上 {domain} 的 DNS 紀錄…</translation>
    </message>
    <message>
        <source>Reading the records</source>
        <translation>正在讀取 DNS 紀錄</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check these changes.&lt;/b&gt; Nothing has been changed yet: MailWizard makes them at {host} when you click “Apply these changes”.</source>
        <translation>&lt;b&gt;請核對這些變更。&lt;/b&gt;目前還沒有做任何變更：按一下「套用這些變更」後，MailWizard 才會在 {host} 上進行變更。</translation>
    </message>
    <message>
        <source>Every other record at {host} stays exactly as it is. Before changing anything MailWizard keeps a copy of each record it changes or removes, so you can undo.</source>
        <translation>{host} 上的其他紀錄都維持原樣。變更之前，MailWizard 會先備份每一筆要變更或刪除的紀錄，您隨時可以復原。</translation>
    </message>
    <message>
        <source>Changes made</source>
        <translation>已完成的變更</translation>
    </message>
    <message>
        <source>Use a different &amp;key…</source>
        <translation>使用其他金鑰(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Undo these changes…</source>
        <translation>復原這些變更(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Save the backup…</source>
        <translation>儲存備份(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Apply these changes</source>
        <translation>套用這些變更(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試一次(&amp;T)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The records at {host} changed since you looked, so nothing was changed.&lt;/b&gt; Here are the changes as they are now; check them again.</source>
        <translation>&lt;b&gt;您檢視之後 {host} 上的紀錄有了變動，所以沒有做任何變更。&lt;/b&gt;下方是依目前紀錄重新列出的變更，請再核對一次。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to change.&lt;/b&gt; {host} already holds every record your email needs.</source>
        <translation>&lt;b&gt;不需要變更。&lt;/b&gt;{host} 上已經有電子郵件需要的全部紀錄。</translation>
    </message>
    <message>
        <source>This computer has no password store MailWizard can use, so the key is kept only until MailWizard closes. You will be asked for it again next time.</source>
        <translation>這台電腦沒有 MailWizard 可用的密碼庫，所以金鑰只保留到 MailWizard 關閉為止。下次使用時需要重新輸入。</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Undoing the changes at {host}: {done} of {total} done.</source>
        <translation>正在復原 {host} 上的變更：已完成 {done} / {total}。</translation>
    </message>
    <message>
        <source>Making the changes at {host}: {done} of {total} done.</source>
        <translation>正在 {host} 上變更：已完成 {done} / {total}。</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已復原</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Time left: a few seconds</source>
        <translation>剩餘時間：幾秒鐘</translation>
    </message>
    <message>
        <source>Time left: {duration}</source>
        <translation>剩餘時間：{duration}</translation>
    </message>
    <message>
        <source>MailWizard set up the records at {host}.</source>
        <translation>MailWizard 已在 {host} 上設定好 DNS 紀錄。</translation>
    </message>
    <message>
        <source>1 change made at {host}.</source>
        <translation>已在 {host} 上完成 1 項變更。</translation>
    </message>
    <message>
        <source>{n} changes made at {host}.</source>
        <translation>已在 {host} 上完成 {n} 項變更。</translation>
    </message>
    <message>
        <source>The panel “What the internet sees now” on the DNS step shows the records arriving; this can take from minutes to a few hours, and MailWizard keeps checking. If something goes wrong, “Undo these changes” puts every record back as it was.</source>
        <translation>DNS 步驟中的「網際網路上目前查詢到的結果」面板會顯示紀錄陸續生效，可能需要幾分鐘到幾小時，MailWizard 會持續檢查。如果出了問題，「復原這些變更」會把每筆紀錄還原成原本的樣子。</translation>
    </message>
    <message>
        <source>Undone: every record at {host} is back as it was before.</source>
        <translation>已復原：{host} 上的每筆紀錄都已還原成原本的樣子。</translation>
    </message>
    <message>
        <source>You can add the records yourself as the DNS step shows, or set them up here again later.</source>
        <translation>您可以依照 DNS 步驟中的說明自行新增紀錄，也可以稍後在這裡重新設定。</translation>
    </message>
    <message>
        <source>Stopped. “{again}” goes on where it stopped.</source>
        <translation>已停止。按一下「{again}」會從中斷處繼續。</translation>
    </message>
    <message>
        <source>Details for support: {detail}</source>
        <translation>供技術支援參考的詳細資訊：{detail}</translation>
    </message>
    <message>
        <source>Making the changes at {host}…</source>
        <translation>正在 {host} 上變更…</translation>
    </message>
    <message>
        <source>Undo these changes?</source>
        <translation>復原這些變更？</translation>
    </message>
    <message>
        <source>Every record MailWizard added, changed or removed at {host} goes back to what it was before. Your email then works as it did before, and the DNS step shows the records to add again.</source>
        <translation>MailWizard 在 {host} 上新增、變更或刪除的每筆紀錄都會還原。您的電子郵件會回到變更前的狀態，DNS 步驟會重新列出需要新增的紀錄。</translation>
    </message>
    <message>
        <source>&amp;Undo the changes</source>
        <translation>復原變更(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>關閉(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Apply again</source>
        <translation>再次套用(&amp;A)</translation>
    </message>
    <message>
        <source>The undo stopped. The records not yet put back are in the backup; “{again}” goes on where it stopped.</source>
        <translation>復原中斷了。尚未還原的紀錄都在備份中；按一下「{again}」會從中斷處繼續。</translation>
    </message>
    <message>
        <source>{done} of {total} changes were made before it stopped. “{again}” goes on where it stopped and never makes a change twice; “Undo these changes” puts everything back.</source>
        <translation>中斷前已完成 {done} / {total} 項變更。「{again}」會從中斷處繼續，不會重複變更；「復原這些變更」會把一切還原。</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix what the message says, then click “{again}”; or close this window and add the records yourself.</source>
        <translation>沒有做任何變更。請依上方的提示處理後按一下「{again}」；或關閉此視窗，自行新增紀錄。</translation>
    </message>
    <message>
        <source>Undoing the changes at {host}…</source>
        <translation>正在復原 {host} 上的變更…</translation>
    </message>
</context>
<context>
    <name>DnsApplyOffer</name>
    <message>
        <source>Save the backup of your DNS records</source>
        <translation>儲存 DNS 紀錄的備份</translation>
    </message>
    <message>
        <source>Zone file</source>
        <translation>區域檔</translation>
    </message>
    <message>
        <source>I&apos;ll &amp;type them myself</source>
        <translation>我自己新增(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Undo these changes…</source>
        <translation>復原這些變更(&amp;U)…</translation>
    </message>
    <message>
        <source>Save the backup (&amp;zone file)…</source>
        <translation>儲存備份（區域檔）(&amp;Z)…</translation>
    </message>
    <message>
        <source>The records as they were before MailWizard changed them, as a zone file.</source>
        <translation>MailWizard 變更之前的紀錄，儲存為區域檔。</translation>
    </message>
    <message>
        <source>The panel “What the internet sees now” below shows them arriving; this can take from minutes to a few hours. If something looks wrong, “Undo these changes” puts every record back as it was.</source>
        <translation>下方的「網際網路上目前查詢到的結果」面板會顯示紀錄陸續生效，可能需要幾分鐘到幾小時。如果發現不對，「復原這些變更」會把每筆紀錄還原。</translation>
    </message>
    <message>
        <source>&amp;Set up the records for me</source>
        <translation>幫我設定紀錄(&amp;S)</translation>
    </message>
    <message>
        <source>1 change made at {host}.</source>
        <translation>已在 {host} 上完成 1 項變更。</translation>
    </message>
    <message>
        <source>{n} changes made at {host}.</source>
        <translation>已在 {host} 上完成 {n} 項變更。</translation>
    </message>
    <message>
        <source>MailWizard set up the records at {host}.</source>
        <translation>MailWizard 已在 {host} 上設定好 DNS 紀錄。</translation>
    </message>
    <message>
        <source>Undone: every record at {host} is back as it was before.</source>
        <translation>已復原：{host} 上的每筆紀錄都已還原成原本的樣子。</translation>
    </message>
    <message>
        <source>Let MailWizard set up the records instead…</source>
        <translation>改由 MailWizard 幫我設定紀錄…</translation>
    </message>
    <message>
        <source>Setting up the records at &lt;b&gt;{host}&lt;/b&gt; stopped before it was finished. Continue, and MailWizard makes only the changes still missing.</source>
        <translation>在 &lt;b&gt;{host}&lt;/b&gt; 上設定紀錄時中途停止了。繼續的話，MailWizard 只會補做尚未完成的變更。</translation>
    </message>
    <message>
        <source>&amp;Continue setting up the records</source>
        <translation>繼續設定紀錄(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{host}&lt;/b&gt; lets MailWizard add these records for you: you make a key there once, check the list of changes, and MailWizard makes them. Nothing changes before you confirm.</source>
        <translation>&lt;b&gt;{host}&lt;/b&gt; 可以讓 MailWizard 替您新增這些紀錄：您在那裡建立一次金鑰，核對變更清單，MailWizard 就會完成變更。您確認之前不會變動任何東西。</translation>
    </message>
</context>
<context>
    <name>DnsChanges</name>
    <message>
        <source>Add ({n})</source>
        <translation>新增（{n}）</translation>
    </message>
    <message>
        <source>Change ({n})</source>
        <translation>變更（{n}）</translation>
    </message>
    <message>
        <source>Remove ({n})</source>
        <translation>刪除（{n}）</translation>
    </message>
    <message>
        <source>In the way of the records your email needs</source>
        <translation>妨礙電子郵件所需的紀錄</translation>
    </message>
    <message>
        <source>Changed to the value your provider needs</source>
        <translation>改成郵件服務商要求的值</translation>
    </message>
    <message>
        <source>Needed by your email provider</source>
        <translation>郵件服務商需要這筆紀錄</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Name (host)</source>
        <translation>主機名稱</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Changes to make at your DNS host</source>
        <translation>要在 DNS 代管商進行的變更</translation>
    </message>
    <message>
        <source>Now: {before}
After: {after}</source>
        <translation>目前：{before}
變更後：{after}</translation>
    </message>
    <message>
        <source>Changing back {record}</source>
        <translation>正在改回 {record}</translation>
    </message>
    <message>
        <source>Putting back {record}</source>
        <translation>正在還原 {record}</translation>
    </message>
    <message>
        <source>Adding {record}</source>
        <translation>正在新增 {record}</translation>
    </message>
    <message>
        <source>Changing {record}</source>
        <translation>正在變更 {record}</translation>
    </message>
    <message>
        <source>Removing {record}</source>
        <translation>正在刪除 {record}</translation>
    </message>
</context>
<context>
    <name>DnsCredentialDialog</name>
    <message>
        <source>Let MailWizard set up your records at {host}</source>
        <translation>讓 MailWizard 在 {host} 上設定紀錄</translation>
    </message>
    <message>
        <source>MailWizard needs a key from {host} that may change your domain&apos;s DNS records and nothing else. Making one takes about two minutes:</source>
        <translation>MailWizard 需要 {host} 的一把金鑰，它只能變更您網域的 DNS 紀錄，其他都不能做。建立金鑰大約需要兩分鐘：</translation>
    </message>
    <message>
        <source>&amp;Open the {host} page to make the key</source>
        <translation>開啟 {host} 建立金鑰的頁面(&amp;O)</translation>
    </message>
    <message>
        <source>The key is kept in your computer&apos;s password store, nowhere else. MailWizard shows you every change before it makes it.</source>
        <translation>金鑰只儲存在您電腦的密碼庫中，不會存到別處。MailWizard 每做一項變更之前都會先讓您看過。</translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation>正在檢查金鑰</translation>
    </message>
    <message>
        <source>Check and &amp;continue</source>
        <translation>檢查並繼續(&amp;C)</translation>
    </message>
    <message>
        <source>Checking the key with your DNS host…</source>
        <translation>正在向 DNS 代管商檢查金鑰…</translation>
    </message>
    <message>
        <source>Check stopped. Correct the key, or click Cancel to type the records yourself.</source>
        <translation>檢查已停止。請更正金鑰，或按一下「取消」自行新增紀錄。</translation>
    </message>
    <message>
        <source>The key works.</source>
        <translation>金鑰可以使用。</translation>
    </message>
    <message>
        <source>Your DNS host did not accept the key. Check that it was copied whole, then try again.</source>
        <translation>DNS 代管商不接受這把金鑰。請確認複製完整後再試一次。</translation>
    </message>
    <message>
        <source>This computer has no password store MailWizard can use, so the key is kept only until MailWizard closes. You will be asked for it again next time.</source>
        <translation>這台電腦沒有 MailWizard 可用的密碼庫，所以金鑰只保留到 MailWizard 關閉為止。下次使用時需要重新輸入。</translation>
    </message>
</context>
<context>
    <name>DnsPage</name>
    <message>
        <source>Add the DNS records</source>
        <translation>新增 DNS 紀錄</translation>
    </message>
    <message>
        <source>Your DNS host is where your domain&apos;s settings live. Add the records below there, exactly as shown. We check the internet every few seconds and tell you when they have arrived; this can take from minutes to a few hours.</source>
        <translation>您的 DNS 代管商就是管理網域設定的地方。請在那裡新增下面這些紀錄，內容要與表格中顯示的完全一致。我們每隔幾秒就會在網際網路上檢查一次，紀錄生效後會通知您；這可能需要幾分鐘到幾個小時。</translation>
    </message>
    <message>
        <source>Records to add</source>
        <translation>需要新增的紀錄</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Name (host)</source>
        <translation>主機名稱</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Some values come from your provider. Until MailWizard connects to it, copy them from your provider&apos;s admin console and paste them here:</source>
        <translation>有些值需要由郵件服務商提供。在 MailWizard 連線到郵件服務商之前，請先從它的管理後台複製這些值，貼到這裡：</translation>
    </message>
    <message>
        <source>What the internet sees now</source>
        <translation>網際網路上目前查詢到的結果</translation>
    </message>
    <message>
        <source>Prove you own the domain</source>
        <translation>驗證網域擁有權</translation>
    </message>
    <message>
        <source>Receive email (MX)</source>
        <translation>接收電子郵件（MX）</translation>
    </message>
    <message>
        <source>Old email service (MX)</source>
        <translation>舊的電子郵件服務（MX）</translation>
    </message>
    <message>
        <source>Second SPF record (only one may exist)</source>
        <translation>多餘的 SPF 紀錄（只能有一筆）</translation>
    </message>
    <message>
        <source>Alias (CNAME) in the way of the records above</source>
        <translation>擋住上面這些紀錄的別名（CNAME）</translation>
    </message>
    <message>
        <source>Allow sending (SPF)</source>
        <translation>允許寄信（SPF）</translation>
    </message>
    <message>
        <source>Sign outgoing email (DKIM)</source>
        <translation>為寄出的郵件簽章（DKIM）</translation>
    </message>
    <message>
        <source>Sign outgoing email (DKIM 2)</source>
        <translation>為寄出的郵件簽章（DKIM 2）</translation>
    </message>
    <message>
        <source>Anti-spoofing policy (DMARC)</source>
        <translation>防偽冒政策（DMARC）</translation>
    </message>
    <message>
        <source>Automatic set-up in Outlook</source>
        <translation>Outlook 自動設定</translation>
    </message>
    <message>
        <source>Webmail address (optional)</source>
        <translation>網頁版信箱網址（選用）</translation>
    </message>
    <message>
        <source>Mail app settings ({name})</source>
        <translation>郵件應用程式設定（{name}）</translation>
    </message>
    <message>
        <source>Save &amp;printable page…</source>
        <translation>儲存可列印頁面(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Open my DNS host</source>
        <translation>前往 DNS 代管商(&amp;O)</translation>
    </message>
    <message>
        <source>We could not tell which company hosts your domain&apos;s DNS.</source>
        <translation>我們無法判斷您網域的 DNS 由哪家公司代管。</translation>
    </message>
    <message>
        <source>Your domain&apos;s DNS is hosted at &lt;b&gt;{host}&lt;/b&gt;.</source>
        <translation>您網域的 DNS 由 &lt;b&gt;{host}&lt;/b&gt; 代管。</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>（留空）</translation>
    </message>
    <message>
        <source>In the name (host) field, type the part shown in the table; for the domain itself type {apex}.</source>
        <translation>在主機名稱欄位（DNSPod、阿里雲稱為「主机记录」，Cloudflare、GoDaddy 稱為「Name」）只填入表格裡顯示的部分；網域本身填 {apex}。</translation>
    </message>
    <message>
        <source>Fewer details</source>
        <translation>收起詳細資訊</translation>
    </message>
    <message>
        <source>More details: how long changes take, and tips</source>
        <translation>更多詳細資訊：變更多久生效，以及注意事項</translation>
    </message>
    <message>
        <source>MailWizard cannot fetch these values from your provider for you: copy them from its admin console and paste them here:</source>
        <translation>MailWizard 無法從郵件服務商自動取得這些值：請從它的管理後台複製，貼到這裡：</translation>
    </message>
    <message>
        <source>paste from your provider&apos;s console</source>
        <translation>從郵件服務商的管理後台複製後貼上</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>網域驗證碼：</translation>
    </message>
    <message>
        <source>DKIM value:</source>
        <translation>DKIM 值：</translation>
    </message>
    <message>
        <source>Second DKIM value:</source>
        <translation>第二個 DKIM 值：</translation>
    </message>
    <message>
        <source>Mail server (MX) host:</source>
        <translation>郵件伺服器（MX）位址：</translation>
    </message>
    <message>
        <source>SPF include domain:</source>
        <translation>SPF include 網域：</translation>
    </message>
    <message>
        <source>Tenant name:</source>
        <translation>租用戶名稱：</translation>
    </message>
    <message>
        <source>Hide the values pasted from your provider</source>
        <translation>隱藏從郵件服務商複製來的值</translation>
    </message>
    <message>
        <source>Values pasted from your provider: {names}</source>
        <translation>已貼上郵件服務商提供的值：{names}</translation>
    </message>
    <message>
        <source>Paste the value first</source>
        <translation>請先貼上值</translation>
    </message>
    <message>
        <source>Wait: your DNS host did not answer, so what is there now is not known</source>
        <translation>請稍候：DNS 代管商沒有回應，目前還不知道上面已有哪些紀錄</translation>
    </message>
    <message>
        <source>Checking what is there now…</source>
        <translation>正在查看目前已有的紀錄…</translation>
    </message>
    <message>
        <source>Ownership is proven, so you can go on — but 1 record still needs you: see “What to do” in the table above.</source>
        <translation>網域擁有權已驗證，您可以繼續下一步；但還有 1 筆紀錄需要您處理：請看上表中的「操作」欄。</translation>
    </message>
    <message>
        <source>Ownership is proven, so you can go on — but {n} records still need you: see “What to do” in the table above.</source>
        <translation>網域擁有權已驗證，您可以繼續下一步；但還有 {n} 筆紀錄需要您處理：請看上表中的「操作」欄。</translation>
    </message>
    <message>
        <source>Some records above still need you: add, change or delete them as the “What to do” column says. We check again automatically.</source>
        <translation>上表中還有紀錄需要您處理：請依「操作」欄新增、修改或刪除。我們會自動再次檢查。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Copy na&amp;me</source>
        <translation>複製主機名稱(&amp;M)</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>複製值(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export the records for import…</source>
        <translation>匯出紀錄（供一次匯入）(&amp;E)…</translation>
    </message>
    <message>
        <source>A file (called a zone file) that many DNS hosts can import in one go, instead of adding the records one by one.</source>
        <translation>許多 DNS 代管商支援一次匯入這個檔案（稱為區域檔案），不必逐筆新增紀錄。</translation>
    </message>
    <message>
        <source>{host} help: how to add a record</source>
        <translation>{host} 官方說明：如何新增 DNS 紀錄</translation>
    </message>
    <message>
        <source>Not known yet: paste it below, or connect above</source>
        <translation>尚未取得：請在下方貼上，或在上方連線</translation>
    </message>
    <message>
        <source>Not known yet: copy it from your provider&apos;s console, paste it below</source>
        <translation>尚未取得：請從郵件服務商的管理後台複製，貼到下方</translation>
    </message>
    <message>
        <source>Replace the existing one</source>
        <translation>取代現有紀錄</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Click a row first.</source>
        <translation>請先點選表格中的一列。</translation>
    </message>
    <message>
        <source>This value is not known yet: paste it in the box below first.</source>
        <translation>這個值尚未取得：請先貼到下方的輸入框。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>立即檢查(&amp;K)</translation>
    </message>
    <message>
        <source>Checking your domain&apos;s records…</source>
        <translation>正在檢查您網域的紀錄…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>All the records your mail needs are correct everywhere. You can go on. Optional and not added yet: {records}. Add it at your DNS host whenever you like.</source>
        <translation>郵件所需的記錄在各處都已正確，可以繼續。選用、尚未新增：{records}。您可以隨時在 DNS 服務商處新增。</translation>
    </message>
    <message>
        <source>All the records your mail needs are correct everywhere. You can go on. Optional and not added yet: {records}. Add them at your DNS host whenever you like.</source>
        <translation>郵件所需的記錄在各處都已正確，可以繼續。選用、尚未新增：{records}。您可以隨時在 DNS 服務商處新增。</translation>
    </message>
    <message>
        <source>All records are correct everywhere. You can go on.</source>
        <translation>所有紀錄在各處都已正確生效，您可以繼續下一步了。</translation>
    </message>
    <message>
        <source>The DNS servers did not answer, so the records cannot be checked yet. Check this computer&apos;s internet connection; we try again automatically.</source>
        <translation>DNS 伺服器沒有回應，暫時無法檢查這些紀錄。請檢查這台電腦的網路連線，我們會自動重試。</translation>
    </message>
    <message>
        <source>Ownership is proven, so you can go on. The record that proves it is still on its way to some public DNS servers; we keep watching it.</source>
        <translation>網域擁有權已驗證，您可以繼續下一步。用於驗證的這筆紀錄還在傳播到部分公共 DNS，我們會持續追蹤。</translation>
    </message>
    <message>
        <source>Ownership is proven, so you can go on. 1 other record is still on its way; we keep watching it.</source>
        <translation>網域擁有權已驗證，您可以繼續下一步。其餘 1 筆紀錄仍在生效中，我們會持續追蹤。</translation>
    </message>
    <message>
        <source>Ownership is proven, so you can go on. {n} other records are still on their way; we keep watching them.</source>
        <translation>網域擁有權已驗證，您可以繼續下一步。其餘 {n} 筆紀錄仍在生效中，我們會持續追蹤。</translation>
    </message>
    <message>
        <source>Your DNS host has the records; they are still on their way to the rest of the internet. Nothing to do but wait: we keep watching.</source>
        <translation>您的 DNS 代管商已經有這些紀錄，它們正在傳播到網際網路的其他地方。您只需等待，我們會持續追蹤。</translation>
    </message>
    <message>
        <source>Last checked: {time}</source>
        <translation>上次檢查：{time}</translation>
    </message>
    <message>
        <source>Last checked at {time}.</source>
        <translation>上次檢查時間：{time}。</translation>
    </message>
    <message>
        <source>{last} {next}</source>
        <translation>{last}{next}</translation>
    </message>
    <message>
        <source>Next check within {n} seconds.</source>
        <translation>{n} 秒內會再次檢查。</translation>
    </message>
    <message>
        <source>DNS records for {domain}</source>
        <translation>{domain} 的 DNS 紀錄</translation>
    </message>
    <message>
        <source>Save as zone file</source>
        <translation>另存為區域檔案</translation>
    </message>
    <message>
        <source>Zone file</source>
        <translation>區域檔案</translation>
    </message>
    <message>
        <source>Save printable page</source>
        <translation>儲存可列印頁面</translation>
    </message>
</context>
<context>
    <name>DnsPanel</name>
    <message>
        <source>Correct</source>
        <translation>正確</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Wrong value</source>
        <translation>值不正確</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>無回應</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>伺服器錯誤</translation>
    </message>
    <message>
        <source>Needs value</source>
        <translation>待填值</translation>
    </message>
    <message>
        <source>Practice public DNS {n}
{s} s behind</source>
        <translation>練習用公共 DNS {n}
延遲 {s} 秒</translation>
    </message>
    <message>
        <source>Your DNS host</source>
        <translation>您的 DNS 代管商</translation>
    </message>
    <message>
        <source>Your DNS host
{address}</source>
        <translation>您的 DNS 代管商
{address}</translation>
    </message>
    <message>
        <source>Public DNS
{address}</source>
        <translation>公共 DNS
{address}</translation>
    </message>
    <message>
        <source>Seen: {values}</source>
        <translation>查詢到的值：{values}</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>處理方式</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Your company and its domain</source>
        <translation>您的公司與網域</translation>
    </message>
    <message>
        <source>The domain is the part after @ in your company&apos;s email addresses, for example yourcompany.com in anna@yourcompany.com. You need to own it; if you do not yet, we show you where to register it.</source>
        <translation>網域就是公司電子郵件地址中 @ 後面的部分，例如 anna@yourcompany.com 中的 yourcompany.com。您需要已經擁有這個網域；如果還沒有，我們會告訴您去哪裡註冊。</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>公司名稱：</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>您的姓名：</translation>
    </message>
    <message>
        <source>Your current email:</source>
        <translation>您目前的電子郵件：</translation>
    </message>
    <message>
        <source>Company domain:</source>
        <translation>公司網域：</translation>
    </message>
    <message>
        <source>e.g. Example Trading Ltd.</source>
        <translation>例如：範例貿易有限公司</translation>
    </message>
    <message>
        <source>e.g. Wang Fang</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>where we can reach you now, e.g. wangfang@163.com</source>
        <translation>目前可以聯絡到您的信箱，例如：wangfang@gmail.com</translation>
    </message>
    <message>
        <source>e.g. yourcompany.com or 例子.中国</source>
        <translation>例如：yourcompany.com 或 範例.台灣</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新檢查(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Use {domain}</source>
        <translation>改用 {domain}(&amp;U)</translation>
    </message>
    <message>
        <source>Country or region:</source>
        <translation>國家或地區：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample details, for practice:&lt;/b&gt; the company name, your name and your email below are made up. Change them if you like. The domain is yours to type: checking it is part of the practice.</source>
        <translation>&lt;b&gt;練習用的範例資料：&lt;/b&gt;下方的公司名稱、您的姓名和電子郵件都是虛構的，可以隨意修改。網域請您自行輸入：檢查網域也是練習的一部分。</translation>
    </message>
    <message>
        <source>Where your company is. {provider} needs it to give each person a licence; it decides which services they can use.</source>
        <translation>貴公司所在的國家或地區。{provider} 需要據此為每個人指派授權，並決定可以使用哪些服務。</translation>
    </message>
    <message>
        <source>Not chosen yet: your organisation&apos;s own country once you sign in</source>
        <translation>尚未選擇：登入後將使用貴組織自己的國家或地區</translation>
    </message>
    <message>
        <source>Some systems show it in its technical form, {ascii}: it is the same domain, nothing to do.</source>
        <translation>部分系統會顯示它的技術寫法 {ascii}：這是同一個網域，無須處理。</translation>
    </message>
    <message>
        <source>Registrars: {links}</source>
        <translation>網域註冊商：{links}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>CN¥</source>
        <translation>人民幣 </translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免費</translation>
    </message>
    <message>
        <source>about {amount}</source>
        <translation>約 {amount}</translation>
    </message>
    <message>
        <source>{amount} per person a month</source>
        <translation>每人每月 {amount}</translation>
    </message>
    <message>
        <source>{amount} per person a year</source>
        <translation>每人每年 {amount}</translation>
    </message>
    <message>
        <source>{amount} a month for up to {n} people</source>
        <translation>每月 {amount}，最多 {n} 人</translation>
    </message>
    <message>
        <source>{amount} a year for up to {n} people</source>
        <translation>每年 {amount}，最多 {n} 人</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>無限容量</translation>
    </message>
    <message>
        <source>{size}, shared by all</source>
        <translation>{size}，全公司共用</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Created for you</source>
        <translation>自動為您建立</translation>
    </message>
    <message>
        <source>By hand, guided</source>
        <translation>手動建立（有引導）</translation>
    </message>
    <message>
        <source>Spam and virus</source>
        <translation>垃圾郵件與病毒</translation>
    </message>
    <message>
        <source>Spam only</source>
        <translation>僅垃圾郵件</translation>
    </message>
    <message>
        <source>email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>線上聊天</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>服務要求</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>社群論壇</translation>
    </message>
    <message>
        <source>help pages</source>
        <translation>說明文件</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>USA</source>
        <translation>美國</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>歐洲</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>英國</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>亞太</translation>
    </message>
    <message>
        <source>mainland China</source>
        <translation>中國大陸</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台灣</translation>
    </message>
    <message>
        <source>worldwide</source>
        <translation>全球</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{url}&quot;&gt;source&lt;/a&gt;, checked {date}</source>
        <translation>&lt;a href=&quot;{url}&quot;&gt;來源&lt;/a&gt;，{date} 查證</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from {file}</source>
        <translation>從 {file} 匯入</translation>
    </message>
    <message>
        <source>Read 1 row. Check that each kind of information comes from the right column:</source>
        <translation>已讀取 1 列。請檢查每一項資料是否取自正確的欄：</translation>
    </message>
    <message>
        <source>Read {rows} rows. Check that each kind of information comes from the right column:</source>
        <translation>已讀取 {rows} 列。請檢查每一項資料是否取自正確的欄：</translation>
    </message>
    <message>
        <source>The list is on the sheet “{sheet}”.</source>
        <translation>名單在工作表「{sheet}」中。</translation>
    </message>
    <message>
        <source>Read as {encoding}, separated by “{delimiter}”</source>
        <translation>以 {encoding} 讀取，以「{delimiter}」分隔</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（檔案中沒有）</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>第 {n} 欄</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>將匯入的內容</translation>
    </message>
    <message>
        <source>1 row is ready.</source>
        <translation>1 列已準備就緒。</translation>
    </message>
    <message>
        <source>{n} rows are ready.</source>
        <translation>{n} 列已準備就緒。</translation>
    </message>
    <message>
        <source>1 row has a problem: it is imported too, marked in red, so you can fix it in the table before creating accounts.</source>
        <translation>1 列有問題：這一列也會一併匯入，並以紅色標示，您可以在建立帳號之前於表格中修正。</translation>
    </message>
    <message>
        <source>{n} rows have a problem: they are imported too, marked in red, so you can fix them in the table before creating accounts.</source>
        <translation>{n} 列有問題：這些列也會一併匯入，並以紅色標示，您可以在建立帳號之前於表格中修正。</translation>
    </message>
    <message>
        <source>&amp;Import 1 row</source>
        <translation>匯入 1 列(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Import {n} rows</source>
        <translation>匯入 {n} 列(&amp;I)</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列號</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>InstallBox</name>
    <message>
        <source>MailWizard can put the signature in every person&apos;s mailbox at {provider}, each person once.</source>
        <translation>MailWizard 可以在 {provider} 為每個人的信箱設定簽名，每人只設定一次。</translation>
    </message>
    <message>
        <source>{provider} offers no way to set signatures from outside: save the files below and give each person theirs.</source>
        <translation>{provider} 不提供從外部設定簽名的方式：請儲存下方的檔案，並交給每個人各自的檔案。</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手動設定</translation>
    </message>
    <message>
        <source>Putting the signature in place…</source>
        <translation>正在設定簽名…</translation>
    </message>
    <message>
        <source>{done} of {total} people</source>
        <translation>{done} / {total} 人</translation>
    </message>
    <message>
        <source>Signatures put in place</source>
        <translation>已設定的簽名</translation>
    </message>
    <message>
        <source>Not sure whether it was set (the answer was lost; MailWizard checks again next time rather than setting it twice): {addresses}</source>
        <translation>不確定是否已設定（沒有收到回應；MailWizard 下次會先檢查，不會重複設定）：{addresses}</translation>
    </message>
    <message>
        <source>{address}: {problem}</source>
        <translation>{address}：{problem}</translation>
    </message>
    <message>
        <source>Set for {n} people; {m} not: see below.</source>
        <translation>已為 {n} 人設定；{m} 人未設定，原因見下方。</translation>
    </message>
    <message>
        <source>The signature is in place for all {n} people.</source>
        <translation>已為全部 {n} 人設定好簽名。</translation>
    </message>
    <message>
        <source>Saved a folder for each of {n} people in {folder}.</source>
        <translation>已在 {folder} 中為 {n} 人各儲存了一個資料夾。</translation>
    </message>
    <message>
        <source>Put it in everyone&apos;s mailbox</source>
        <translation>設定到每個人的信箱</translation>
    </message>
    <message>
        <source>&amp;Install for everyone</source>
        <translation>為所有人設定(&amp;I)</translation>
    </message>
    <message>
        <source>Or give each person their files</source>
        <translation>或者，把檔案交給每個人</translation>
    </message>
    <message>
        <source>One folder per person with their signature (for mail programs and as plain text) and the steps to add it in Outlook, Apple Mail, Foxmail and {provider}&apos;s webmail.</source>
        <translation>每人一個資料夾，內有他的簽名（郵件程式用的格式和純文字），以及在 Outlook、Apple Mail、Foxmail 和 {provider} 網頁版信箱中加入簽名的步驟。</translation>
    </message>
    <message>
        <source>Sa&amp;ve the files…</source>
        <translation>儲存檔案(&amp;V)…</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>開啟資料夾(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Invitations</name>
    <message>
        <source>Dear {name},</source>
        <translation>{name}，您好：</translation>
    </message>
    <message>
        <source>Welcome, and see you soon in the new mailbox.</source>
        <translation>歡迎加入，期待很快在新信箱與您聯絡。</translation>
    </message>
    <message>
        <source>Your temporary password is: {password}  (you will change it when you first sign in)</source>
        <translation>您的臨時密碼是：{password}  （第一次登入時需要變更）</translation>
    </message>
    <message>
        <source>Your temporary password is not in this email for safety: you receive it separately, on paper or in person.</source>
        <translation>為了安全起見，臨時密碼沒有寫在這封信裡，會另外以紙本或當面交給您。</translation>
    </message>
    <message>
        <source>On your phone: install the {app} app and sign in with {address}.</source>
        <translation>在手機上：安裝 {app} 應用程式，然後使用 {address} 登入。</translation>
    </message>
    <message>
        <source>On your phone: add a mail account for {address}. Incoming (IMAP): server {imap_host}, port {imap_port}, SSL on. Outgoing (SMTP): server {smtp_host}, port {smtp_port}, SSL on.</source>
        <translation>在手機上：為 {address} 新增一個郵件帳號。內送伺服器（IMAP）：伺服器 {imap_host}，連接埠 {imap_port}，啟用 SSL。外寄伺服器（SMTP）：伺服器 {smtp_host}，連接埠 {smtp_port}，啟用 SSL。</translation>
    </message>
    <message>
        <source>On your phone: add a mail account for {address}; your email provider&apos;s help pages give the server settings.</source>
        <translation>在手機上：為 {address} 新增一個郵件帳號，伺服器設定請參考郵件服務商的說明頁面。</translation>
    </message>
    <message>
        <source>Your temporary password is not in this email for safety: it comes on a printed sheet from {inviter}. You will change it when you first sign in.</source>
        <translation>為了安全，臨時密碼不在這封郵件裡：{inviter} 會把它印在一張紙上交給您。您第一次登入時需要變更它。</translation>
    </message>
    <message>
        <source>Your temporary password is not in this email for safety: {inviter} tells you it in person. You will change it when you first sign in.</source>
        <translation>為了安全，臨時密碼不在這封郵件裡：{inviter} 會當面告訴您。您第一次登入時需要變更它。</translation>
    </message>
</context>
<context>
    <name>InvitationsPage</name>
    <message>
        <source>Invite your staff</source>
        <translation>邀請員工</translation>
    </message>
    <message>
        <source>Each person gets an email at their personal address: their new address, how to sign in and set their own password, and how to add the mailbox on their phone.</source>
        <translation>每個人的個人信箱都會收到一封信，裡面會說明新的信箱地址、如何登入並設定自己的密碼，以及如何在手機上加入這個信箱。</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>伺服器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>連接埠：</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>加密方式：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <source>From address:</source>
        <translation>寄件地址：</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>收起(&amp;D)</translation>
    </message>
    <message>
        <source>Practice: the practice mail server&apos;s password is filled in for you.</source>
        <translation>練習：練習用郵件伺服器的密碼已為您填好。</translation>
    </message>
    <message>
        <source>Invitations are sent from your own mailbox through {provider} once you are connected on the DNS records step (no password needed).</source>
        <translation>在「DNS 紀錄」步驟連線後，邀請將透過 {provider} 從您自己的信箱寄出（不需密碼）。</translation>
    </message>
    <message>
        <source>The email</source>
        <translation>信件內容</translation>
    </message>
    <message>
        <source>Greeting:</source>
        <translation>問候語：</translation>
    </message>
    <message>
        <source>Closing note:</source>
        <translation>結語：</translation>
    </message>
    <message>
        <source>Compan&amp;y logo…</source>
        <translation>公司標誌(&amp;Y)…</translation>
    </message>
    <message>
        <source>your new address, e.g. {address}</source>
        <translation>您的新信箱地址，例如 {address}</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>{name}，您好：</translation>
    </message>
    <message>
        <source>{name} is replaced by each person&apos;s name.</source>
        <translation>{name} 會替換成每個人的姓名。</translation>
    </message>
    <message>
        <source>Filled in for your provider: leave it as it is unless whoever runs your email says otherwise.</source>
        <translation>已依您的郵件服務商填好：除非負責郵件的人另有說明，請保持不變。</translation>
    </message>
    <message>
        <source>Welcome, and see you soon in the new mailbox.</source>
        <translation>歡迎加入，期待很快在新信箱與您聯絡。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Personal email</source>
        <translation>個人電子郵件</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀請</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Send me a &amp;test first</source>
        <translation>先寄一封給我試試(&amp;T)</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>已寄出的邀請</translation>
    </message>
    <message>
        <source>&amp;Re-send failed</source>
        <translation>重寄失敗的邀請(&amp;R)</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>暫停(&amp;U)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Go on without email invitations</source>
        <translation>不寄郵件邀請，繼續(&amp;G)</translation>
    </message>
    <message>
        <source>Fi&amp;x the address…</source>
        <translation>修正地址(&amp;X)…</translation>
    </message>
    <message>
        <source>Opens the Members step on this person&apos;s personal email, ready to type.</source>
        <translation>開啟「成員」步驟，定位到此人的個人電子郵件，可直接修改。</translation>
    </message>
    <message>
        <source>&amp;Send 1 invitation</source>
        <translation>寄出 1 封邀請(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Send {n} invitations</source>
        <translation>寄出 {n} 封邀請(&amp;S)</translation>
    </message>
    <message>
        <source>No invitations by email: you chose to go on without.</source>
        <translation>不寄送郵件邀請：您選擇了直接繼續。</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在寄送</translation>
    </message>
    <message>
        <source>Sending the first invitation…</source>
        <translation>正在寄送第一封邀請…</translation>
    </message>
    <message>
        <source>{done} of {total} sent</source>
        <translation>已寄出 {done} 封（共 {total} 封）</translation>
    </message>
    <message>
        <source>{sent} · less than a minute left</source>
        <translation>{sent} · 剩餘不到一分鐘</translation>
    </message>
    <message>
        <source>{sent} · {duration} left</source>
        <translation>{sent} · 還需{duration}</translation>
    </message>
    <message>
        <source>Test: sending one to you at {address}…</source>
        <translation>測試：正在寄一封到您的信箱 {address}…</translation>
    </message>
    <message>
        <source>Test: sent to you at {address}, not to anyone on the list. Check how it looks, then send them all.</source>
        <translation>測試：已寄到您的信箱 {address}，沒有寄給名單上的任何人。看看效果如何，再全部寄出。</translation>
    </message>
    <message>
        <source>Test: not sent. {reason}</source>
        <translation>測試：未寄出。{reason}</translation>
    </message>
    <message>
        <source>1 invitation may or may not have arrived: sending it was cut short. Ask the person, and double-click them to send it again if it did not.</source>
        <translation>有 1 封邀請寄送時被中斷，無法確定對方是否已收到。請向本人確認；如果沒有收到，按兩下該人員即可重新寄送。</translation>
    </message>
    <message>
        <source>{n} invitations may or may not have arrived: sending them was cut short. Ask those people, and double-click one to send theirs again if it did not.</source>
        <translation>有 {n} 封邀請寄送時被中斷，無法確定對方是否已收到。請向這些人確認；如果沒有收到，按兩下該人員即可重新寄送。</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>公司標誌</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Use a PNG, JPEG or GIF smaller than 300 KB.</source>
        <translation>請使用小於 300 KB 的 PNG、JPEG 或 GIF 圖片。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password of {user} on {host}:</source>
        <translation>{user} 在 {host} 的密碼：</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>變更(&amp;C)…</translation>
    </message>
    <message>
        <source>Pass&amp;word…</source>
        <translation>密碼(&amp;W)…</translation>
    </message>
    <message>
        <source>Send by SMTP instead</source>
        <translation>改用 SMTP 寄送</translation>
    </message>
    <message>
        <source>Invitations are sent from your mailbox {address} through {provider} (no password needed).</source>
        <translation>邀請將透過 {provider} 從您的信箱 {address} 寄出（不需密碼）。</translation>
    </message>
    <message>
        <source>Send from your mailbox through {provider} instead (no password needed)</source>
        <translation>改為透過 {provider} 從您的信箱寄送（不需密碼）</translation>
    </message>
    <message>
        <source>Server {host}, port {port}, {security}: as {provider} gives them.</source>
        <translation>伺服器 {host}，連接埠 {port}，{security}：依 {provider} 提供的設定填入。</translation>
    </message>
    <message>
        <source>Who gets an invitation</source>
        <translation>收到邀請的人</translation>
    </message>
    <message>
        <source>Sent {when}</source>
        <translation>已寄出 {when}</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>失敗：{reason}</translation>
    </message>
    <message>
        <source>Unclear: the app stopped while sending</source>
        <translation>狀態不明：寄送時程式中斷了</translation>
    </message>
    <message>
        <source>Unclear: it went out but no answer came back; it may have arrived</source>
        <translation>狀態不明：已寄出但沒有收到回應，對方可能已收到</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未寄出</translation>
    </message>
    <message>
        <source>Create the accounts first: invitations go to people whose mailbox exists and who have a personal email.</source>
        <translation>請先建立帳號：只有已經有新信箱、並且填寫了個人電子郵件的人才會收到邀請。</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>主旨：{subject}</translation>
    </message>
    <message>
        <source>Example (no one to send it to yet) — Subject: {subject}</source>
        <translation>範例（暫時沒有收件人）— 主旨：{subject}</translation>
    </message>
    <message>
        <source>No one to invite yet</source>
        <translation>暫時沒有可邀請的人</translation>
    </message>
    <message>
        <source>All invitations sent</source>
        <translation>邀請已全部寄出</translation>
    </message>
    <message>
        <source>The invitations are sent from this mailbox</source>
        <translation>用這個信箱寄出邀請</translation>
    </message>
    <message>
        <source>Kept in your computer&apos;s password store, never in MailWizard&apos;s files.</source>
        <translation>密碼會儲存在您電腦的系統密碼庫中，不會寫入 MailWizard 的檔案。</translation>
    </message>
    <message>
        <source>There is no one to invite by email: none of the people whose account exists has a personal email address. Add them on the Members step, or give each person their hand-over sheet (Members step, “Print hand-over sheets…”) and go on without email invitations.</source>
        <translation>沒有可以用郵件邀請的人：已建立帳號的人員都沒有填寫個人電子郵件。請在「成員」步驟中補上，或把交接單交給每個人（「成員」步驟中的「列印交接單…」），然後不寄郵件邀請直接繼續。</translation>
    </message>
    <message>
        <source>Saved in your computer&apos;s password store.</source>
        <translation>已儲存在您電腦的系統密碼庫中。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在寄送…</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>要再寄一次嗎？</translation>
    </message>
    <message>
        <source>{name} may already have this invitation. Send it again to {address}?</source>
        <translation>{name} 可能已經收到這封邀請。要再寄一次到 {address} 嗎？</translation>
    </message>
    <message>
        <source>Stopping after the invitation being sent…</source>
        <translation>正在寄送的這封邀請寄完後停止…</translation>
    </message>
    <message>
        <source>{sent} sent, {failed} failed: the reason is in the list. Fix the address and click Re-send failed.</source>
        <translation>已寄出 {sent} 封，{failed} 封寄送失敗，原因請見清單。請修正地址，然後點選「重寄失敗的邀請」。</translation>
    </message>
    <message>
        <source>Stopped: {sent} of {total} sent. Click Send to send the rest.</source>
        <translation>已停止：已寄出 {sent}/{total}。再按一次寄出即可寄出其餘邀請。</translation>
    </message>
    <message>
        <source>All invitations are sent.</source>
        <translation>所有邀請都已寄出。</translation>
    </message>
    <message>
        <source>How does each person get their temporary password?</source>
        <translation>每個人要怎麼拿到自己的臨時密碼？</translation>
    </message>
    <message>
        <source>On a printed sheet</source>
        <translation>印在紙上</translation>
    </message>
    <message>
        <source>I tell them in person</source>
        <translation>我當面告訴</translation>
    </message>
    <message>
        <source>In the invitation email</source>
        <translation>寫在邀請郵件裡</translation>
    </message>
    <message>
        <source>Quickest: the email holds the password, and each person must change it the first time they sign in. Until they do, anyone who can read their personal mailbox could sign in as them.</source>
        <translation>最快：密碼寫在郵件裡，每個人第一次登入時必須變更。在變更之前，任何能看到其個人信箱的人都可以冒用他登入。</translation>
    </message>
    <message>
        <source>You tell each person their password yourself, face to face or by phone: the passwords are on the Members step (“Print hand-over sheets…” shows them). The email says you will.</source>
        <translation>由您當面或打電話把密碼告訴每個人：密碼在「成員」步驟裡（按「列印交接單…」可以看到）。郵件裡會說明由您告知。</translation>
    </message>
    <message>
        <source>Safest: print one sheet per person on the Members step (“Print hand-over sheets…”) and hand it over. The email says the password comes on paper; each person changes it at first sign-in.</source>
        <translation>最安全：在「成員」步驟為每人列印一張交接單（「列印交接單…」）並交給本人。郵件裡會說明密碼寫在紙上；每個人第一次登入時變更。</translation>
    </message>
</context>
<context>
    <name>KeepWatchingBox</name>
    <message>
        <source>Some of your email records have not arrived everywhere yet</source>
        <translation>部分電子郵件紀錄尚未在各處生效</translation>
    </message>
    <message>
        <source>They can take up to 48 hours to reach everyone after they are added at your DNS host. MailWizard can keep watching from the system tray and tell you when they have all arrived, or if something goes wrong.</source>
        <translation>紀錄在 DNS 代管商新增後，最長可能需要 48 小時才能在各處生效。MailWizard 可以在系統匣中繼續檢查，等紀錄全部生效或出現問題時通知您。</translation>
    </message>
    <message>
        <source>They can take up to 48 hours to reach everyone after they are added at your DNS host. MailWizard can check them every few minutes after you close it and tell you when they have all arrived, or if something goes wrong.</source>
        <translation>紀錄在 DNS 代管商新增後，最長可能需要 48 小時才能在各處生效。關閉 MailWizard 後，它可以每隔幾分鐘檢查一次，等紀錄全部生效或出現問題時通知您。</translation>
    </message>
    <message>
        <source>Also check every few minutes after I close MailWizard (until the records arrive)</source>
        <translation>關閉 MailWizard 後也每隔幾分鐘檢查一次（直到紀錄生效）</translation>
    </message>
    <message>
        <source>Check every few minutes after I close MailWizard (until the records arrive)</source>
        <translation>關閉 MailWizard 後每隔幾分鐘檢查一次（直到紀錄生效）</translation>
    </message>
    <message>
        <source>&amp;Keep watching in the tray</source>
        <translation>在系統匣中繼續檢查(&amp;K)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>關閉(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MailWizard — practice (no real accounts)</source>
        <translation>MailWizard — 練習（不建立真實帳號）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Practice mode.&lt;/b&gt; Everything here happens inside MailWizard on this computer: no real provider, DNS host or mailbox is touched, and it is all forgotten when you close this window.</source>
        <translation>&lt;b&gt;練習模式。&lt;/b&gt;這裡的一切都只在本機的 MailWizard 內進行：不會動到任何真實的郵件服務商、DNS 代管商或信箱，關閉此視窗後全部清除。</translation>
    </message>
    <message>
        <source>MailWizard — set up company email</source>
        <translation>MailWizard — 設定公司電子郵件</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>重新開始…</translation>
    </message>
    <message>
        <source>DNS servers to watch…</source>
        <translation>要檢查的 DNS 伺服器…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>About MailWizard</source>
        <translation>關於 MailWizard</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Fi&amp;nish</source>
        <translation>完成(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>要重新開始嗎？</translation>
    </message>
    <message>
        <source>Everything you entered in MailWizard is cleared: the plan, your company&apos;s details, the domain, the list of people and what was sent to them. Accounts already created stay at your email provider, and nothing changes at your domain registrar.</source>
        <translation>您在 MailWizard 中填寫的所有內容都會清除，包括選擇的方案、公司資料、網域、人員名單以及已寄送的紀錄。已經建立的帳號仍保留在郵件服務商那邊，網域註冊商那邊也不會有任何變更。</translation>
    </message>
    <message>
        <source>Clear and start over</source>
        <translation>清除並重新開始</translation>
    </message>
    <message>
        <source>DNS servers to watch</source>
        <translation>要檢查的 DNS 伺服器</translation>
    </message>
    <message>
        <source>Public DNS servers the DNS step asks, separated by commas (IP or IP:port).
Leave empty for the defaults.</source>
        <translation>DNS 步驟要詢問的公用 DNS 伺服器，以逗號分隔（IP 或 IP:連接埠）。
留空則使用預設伺服器。</translation>
    </message>
    <message>
        <source>One of these is not an IP address. Nothing was changed.</source>
        <translation>其中有一項不是 IP 位址，設定沒有變更。</translation>
    </message>
    <message>
        <source>MailWizard {version}
Sets up company email with a hosted provider, step by step.</source>
        <translation>MailWizard {version}
一步一步協助您透過郵件服務商設定公司電子郵件。</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>信箱地址</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>別名</translation>
    </message>
    <message>
        <source>Personal email</source>
        <translation>個人電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Mailbox size (GB)</source>
        <translation>信箱容量（GB）</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>權限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Other addresses of the same mailbox, e.g. a second spelling of the name: mail to any of them arrives in this person&apos;s inbox. Separate several with commas.</source>
        <translation>同一個信箱的其他地址，例如姓名的另一種拼法：寄到其中任何一個地址的郵件都會進入此人的收件匣。多個地址請用逗號分隔。</translation>
    </message>
    <message>
        <source>Problem: {reason}</source>
        <translation>發生問題：{reason}</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>尚未建立</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>建立中</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已建立</translation>
    </message>
    <message>
        <source>Already existed</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>一般成員</translation>
    </message>
    <message>
        <source>Member + team group</source>
        <translation>一般成員 + 團隊群組</translation>
    </message>
    <message>
        <source>Can manage users</source>
        <translation>可管理使用者</translation>
    </message>
    <message>
        <source>Can manage users + team group</source>
        <translation>可管理使用者 + 團隊群組</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Who needs a mailbox</source>
        <translation>哪些人需要信箱</translation>
    </message>
    <message>
        <source>Add your staff one by one or import a spreadsheet. Addresses are suggested from names; you can change any of them. The personal email is where each person&apos;s invitation will go.</source>
        <translation>您可以逐一新增員工，也可以從試算表匯入。信箱地址會依姓名自動提供建議，每一個都可以修改。邀請信會寄到每個人的個人電子郵件。</translation>
    </message>
    <message>
        <source>Addresses like:</source>
        <translation>地址格式：</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Team group for “+ team group” (its shared drive, calendar and files):</source>
        <translation>「+ 團隊群組」所加入的群組（含其共用雲端硬碟、日曆和檔案）：</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>未選擇</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 人</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>新增人員(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import from spreadsheet…</source>
        <translation>從試算表匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <source>Download a &amp;template…</source>
        <translation>下載範本(&amp;T)…</translation>
    </message>
    <message>
        <source>Pe&amp;ople ({n})</source>
        <translation>人員（{n}）(&amp;O)</translation>
    </message>
    <message>
        <source>Shar&amp;ed addresses ({n})</source>
        <translation>共用地址（{n}）(&amp;E)</translation>
    </message>
    <message>
        <source>Shar&amp;ed addresses</source>
        <translation>共用地址(&amp;E)</translation>
    </message>
    <message>
        <source>info@, sales@, a list per department: addresses that reach several people</source>
        <translation>info@、sales@、每個部門一個郵件群組：寄給多個人的地址</translation>
    </message>
    <message>
        <source>No mailbox size column: {provider}&apos;s admin API sets no size for new accounts, so each mailbox gets the size your plan gives.</source>
        <translation>不顯示信箱容量欄：{provider} 的管理 API 無法為新帳號設定容量，每個信箱將取得您方案提供的容量。</translation>
    </message>
    <message>
        <source>Your plan holds {max} accounts and the list has {n}. Remove people or choose a larger plan on the first step.</source>
        <translation>您的方案最多包含 {max} 個帳號，而清單中有 {n} 人。請移除部分人員，或回到第一個步驟選擇更大的方案。</translation>
    </message>
    <message>
        <source>{plan} would hold everyone.</source>
        <translation>{plan} 可以容納所有人。</translation>
    </message>
    <message>
        <source>Row {row}: {text}</source>
        <translation>第 {row} 列：{text}</translation>
    </message>
    <message>
        <source>Row {row}: {text} ({n} rows need attention)</source>
        <translation>第 {row} 列：{text}（共有 {n} 列需要處理）</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>匯出成員</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>儲存範本</translation>
    </message>
    <message>
        <source>Not connected to {provider}. Connect on the DNS step and MailWizard creates the accounts for you — or save the import file, upload it in the {provider} admin console, then click “I have imported the file”.</source>
        <translation>尚未連線至{provider}。在 DNS 步驟中連線後，MailWizard 會替您建立帳號；也可以儲存匯入檔，在{provider}管理後台上傳，然後按一下「我已匯入檔案」。</translation>
    </message>
    <message>
        <source>{provider} has no admin API MailWizard can use: save the import file, upload it in its admin console (the next window shows where), then click “I have imported the file”.</source>
        <translation>{provider}沒有 MailWizard 可以使用的管理 API：請儲存匯入檔，在其管理後台上傳（接下來的視窗會告訴您在哪裡上傳），然後按一下「我已匯入檔案」。</translation>
    </message>
    <message>
        <source>All accounts created</source>
        <translation>所有帳號皆已建立</translation>
    </message>
    <message>
        <source>Connect to your provider on the DNS step first; MailWizard creates the accounts through it.</source>
        <translation>請先在 DNS 步驟中連線到郵件服務商；MailWizard 會透過服務商建立帳號。</translation>
    </message>
    <message>
        <source>Accounts at {provider}: {used} · it does not report how many seats you bought.</source>
        <translation>{provider} 現有帳號：{used} 個 · 它不提供您購買的授權數。</translation>
    </message>
    <message>
        <source>Seats: {used} of {bought} used</source>
        <translation>授權：已用 {used} 個，共 {bought} 個</translation>
    </message>
    <message>
        <source>{seats} · your list adds {adds} — {over} more than you have. Buy more seats in the admin console or remove members.</source>
        <translation>{seats} · 您的名單還要新增 {adds} 個，比剩餘授權多 {over} 個。請在管理後台購買更多授權，或從名單中移除成員。</translation>
    </message>
    <message>
        <source>{seats} · your list adds {adds}.</source>
        <translation>{seats} · 您的名單將新增 {adds} 個。</translation>
    </message>
    <message>
        <source>{seats}.</source>
        <translation>{seats}。</translation>
    </message>
    <message>
        <source>All {n} accounts exist.</source>
        <translation>全部 {n} 個帳號都已存在。</translation>
    </message>
    <message>
        <source>{done} of {total} created</source>
        <translation>已建立 {done}/{total}</translation>
    </message>
    <message>
        <source>{made} · {n} not created</source>
        <translation>{made} · {n} 個未能建立</translation>
    </message>
    <message>
        <source>{made} · less than a minute left</source>
        <translation>{made} · 剩餘不到一分鐘</translation>
    </message>
    <message>
        <source>{made} · {duration} left</source>
        <translation>{made} · 還需{duration}</translation>
    </message>
    <message>
        <source>Accounts already created stay; the rest can be created later.</source>
        <translation>已建立的帳號會保留，其餘的可以稍後再建立。</translation>
    </message>
    <message>
        <source>{people} · your plan allows up to {max}</source>
        <translation>{people} · 方案最多 {max} 人</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>暫停(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Print hand-over sheets…</source>
        <translation>列印交接單(&amp;P)…</translation>
    </message>
    <message>
        <source>I ha&amp;ve imported the file</source>
        <translation>我已匯入檔案(&amp;V)</translation>
    </message>
    <message>
        <source>St&amp;op creating</source>
        <translation>停止建立(&amp;O)</translation>
    </message>
    <message>
        <source>Accounts created</source>
        <translation>已建立的帳號</translation>
    </message>
    <message>
        <source>&amp;Save the import file…</source>
        <translation>儲存匯入檔案(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Create 1 account</source>
        <translation>建立 1 個帳號(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Create {n} accounts</source>
        <translation>建立 {n} 個帳號(&amp;C)</translation>
    </message>
    <message>
        <source>Add people first</source>
        <translation>請先新增人員</translation>
    </message>
    <message>
        <source>The account exists.</source>
        <translation>帳號已存在。</translation>
    </message>
    <message>
        <source>Save the import file</source>
        <translation>儲存匯入檔案</translation>
    </message>
    <message>
        <source>&lt;p&gt;Saved {file}.&lt;/p&gt;&lt;p&gt;In the {provider} admin console: &lt;b&gt;{menu}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;已儲存 {file}。&lt;/p&gt;&lt;p&gt;在{provider}管理後台：&lt;b&gt;{menu}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The console takes at most {max} people per file, so the list is in {n} files: upload them one after another.&lt;/p&gt;</source>
        <translation>&lt;p&gt;管理後台每個檔案最多接受 {max} 人，因此名單分成了 {n} 個檔案：請依序逐一上傳。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;MailWizard could not confirm this console&apos;s exact column layout: compare the file&apos;s columns with the template the console offers before you upload it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;MailWizard 未能確認該管理後台要求的確切欄位格式：上傳前，請將檔案的各欄與管理後台提供的範本核對一下。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The file holds the members&apos; temporary passwords.&lt;/b&gt; Delete it as soon as the upload is done; the hand-over sheets print them for each member.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;該檔案包含成員的臨時密碼。&lt;/b&gt;上傳完成後請立即刪除；交接單會為每位成員列印各自的密碼。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;When the console says the import is done, click “I have imported the file”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;管理後台顯示匯入完成後，請按一下「我已匯入檔案」。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import file saved</source>
        <translation>匯入檔已儲存</translation>
    </message>
    <message>
        <source>Save hand-over sheets</source>
        <translation>儲存交接單</translation>
    </message>
    <message>
        <source>Every seat you bought is in use: {ok} created, {n} not created. Buy more seats in the admin console or remove members, then click Create again; nothing is created twice.</source>
        <translation>您購買的授權已全部用完：已建立 {ok} 個，{n} 個未建立。請在管理後台購買更多授權或移除成員，然後再次點選「建立」；已建立的帳號不會重複建立。</translation>
    </message>
    <message>
        <source>{ok} created, {bad} could not be created. Row {row}: {reason}. Fix them and click Create again; nothing is created twice.</source>
        <translation>已建立 {ok} 個，{bad} 個無法建立。第 {row} 列：{reason}。請修正後再點選一次「建立」；已建立的帳號不會重複建立。</translation>
    </message>
    <message>
        <source>1 address was already taken in your organisation: change it and create again.</source>
        <translation>有 1 個地址在您的組織中已有人使用：請修改該地址，然後重新建立。</translation>
    </message>
    <message>
        <source>{n} addresses were already taken in your organisation: change them and create again.</source>
        <translation>有 {n} 個地址在您的組織中已有人使用：請修改這些地址，然後重新建立。</translation>
    </message>
    <message>
        <source>Your new address</source>
        <translation>您的新信箱地址</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>臨時密碼</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>You will choose your own password when you first sign in.</source>
        <translation>第一次登入時，您需要設定自己的新密碼。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We will use {domain}.</source>
        <translation>我們將使用 {domain}。</translation>
    </message>
    <message>
        <source>Type your company&apos;s domain, the part after @ in your email addresses, for example yourcompany.com.</source>
        <translation>請輸入公司的網域，也就是電子郵件地址中 @ 後面的部分，例如 yourcompany.com。</translation>
    </message>
    <message>
        <source>This is a web address. Type only the domain, without https://, www. or slashes.</source>
        <translation>這是網址。請只輸入網域，不要加上 https://、www. 或斜線。</translation>
    </message>
    <message>
        <source>This is an email address. Type only the part after @.</source>
        <translation>這是電子郵件地址。請只輸入 @ 後面的部分。</translation>
    </message>
    <message>
        <source>Remove the part after the slash (/). Type only the domain.</source>
        <translation>請刪除斜線（/）及後面的部分，只輸入網域。</translation>
    </message>
    <message>
        <source>Remove the colon (:) and the number after it. Type only the domain.</source>
        <translation>請刪除冒號（:）和後面的數字，只輸入網域。</translation>
    </message>
    <message>
        <source>A domain cannot contain spaces. Check for a space typed by mistake.</source>
        <translation>網域不能包含空格。請檢查是否不小心輸入了空格。</translation>
    </message>
    <message>
        <source>This is an IP address, not a domain. Email addresses need a domain name such as yourcompany.com.</source>
        <translation>這是 IP 位址，不是網域。電子郵件地址需要使用網域，例如 yourcompany.com。</translation>
    </message>
    <message>
        <source>A domain cannot start with a dot. Remove the first dot.</source>
        <translation>網域不能以點（.）開頭。請刪除開頭的點。</translation>
    </message>
    <message>
        <source>There are two dots in a row. Remove one of them.</source>
        <translation>這裡有兩個連續的點。請刪除其中一個。</translation>
    </message>
    <message>
        <source>“{char}” cannot be used in a domain. Use letters, digits and hyphens (-) only.</source>
        <translation>網域中不能使用「{char}」。請只使用字母、數字和連字號（-）。</translation>
    </message>
    <message>
        <source>“{label}” starts or ends with a hyphen, which domains do not allow. Remove that hyphen.</source>
        <translation>「{label}」以連字號開頭或結尾，網域不允許這樣。請刪除這個連字號。</translation>
    </message>
    <message>
        <source>“{label}” has two hyphens in the third and fourth place, which domains do not allow. Check the spelling.</source>
        <translation>「{label}」的第三和第四個字元是兩個連字號，網域不允許這樣。請檢查拼字。</translation>
    </message>
    <message>
        <source>“{label}” mixes alphabets: its “{char}” is a Cyrillic or Greek letter that only looks like a Latin one, so this is a different domain from the one you mean. Type the domain again on your keyboard instead of pasting it.</source>
        <translation>「{label}」混用了不同的字母系統：其中的「{char}」是西里爾字母或希臘字母，只是看起來像英文字母，所以這是另一個網域，並不是您要的那個。請用鍵盤重新輸入網域，不要貼上。</translation>
    </message>
    <message>
        <source>“{label}” starts with xn-- but is not a valid encoded name. Type the domain in its normal letters instead.</source>
        <translation>「{label}」以 xn-- 開頭，但不是有效的編碼名稱。請改為輸入網域原本的文字。</translation>
    </message>
    <message>
        <source>The part “{label}” is too long: each part between dots can have at most {max} characters. Check the spelling.</source>
        <translation>「{label}」這一段太長：點與點之間的每一段最多只能有 {max} 個字元。請檢查拼字。</translation>
    </message>
    <message>
        <source>This domain is {length} characters long; the limit is {max}. Check what was pasted.</source>
        <translation>這個網域有 {length} 個字元，上限是 {max} 個。請檢查貼上的內容。</translation>
    </message>
    <message>
        <source>“{label}” mixes characters that cannot stand together in a domain. Check the spelling, or type the domain as your registrar shows it.</source>
        <translation>「{label}」混用了不能同時出現在網域中的字元。請檢查拼字，或依照網域註冊商顯示的樣子輸入網域。</translation>
    </message>
    <message>
        <source>“{suffix}” is only the ending. Type your whole domain, for example yourcompany.{suffix}.</source>
        <translation>「{suffix}」只是網域的結尾。請輸入完整的網域，例如 yourcompany.{suffix}。</translation>
    </message>
    <message>
        <source>“{name}” has no ending. Add it, for example {name}.com or {name}.cn.</source>
        <translation>「{name}」後面少了網域結尾（例如 .com 或 .tw）。請補上完整的網域，例如 {name}.com 或 {name}.com.tw。</translation>
    </message>
    <message>
        <source>Domains ending in .{tld} only work inside a local network, so they cannot receive email. Type the domain you registered.</source>
        <translation>以 .{tld} 結尾的網域只能在內部網路中使用，無法接收電子郵件。請輸入您註冊的網域。</translation>
    </message>
    <message>
        <source>A domain cannot end in a number (.{tld}). Check the ending.</source>
        <translation>網域不能以數字結尾（.{tld}）。請檢查結尾。</translation>
    </message>
    <message>
        <source>The ending .{tld} does not exist. Check the spelling, for example .com, .cn or .com.tw.</source>
        <translation>沒有 .{tld} 這個結尾。請檢查拼字，例如 .com、.cn 或 .com.tw。</translation>
    </message>
    <message>
        <source>“{suffix}” is an ending shared by many companies. Type your whole domain, for example yourcompany.{suffix}.</source>
        <translation>「{suffix}」是許多公司共用的結尾。請輸入完整的網域，例如 yourcompany.{suffix}。</translation>
    </message>
    <message>
        <source>Leave out “www.”: email addresses use {domain}.</source>
        <translation>請去掉「www.」：電子郵件地址使用的是 {domain}。</translation>
    </message>
    <message>
        <source>{typed} is part of {domain}. Email is usually set up for the whole domain, so type {domain}.</source>
        <translation>{typed} 是 {domain} 的一部分。電子郵件通常是針對整個網域設定，所以請輸入 {domain}。</translation>
    </message>
    <message>
        <source>Type an email address.</source>
        <translation>請輸入電子郵件地址。</translation>
    </message>
    <message>
        <source>An email address needs an @, for example name@yourcompany.com.</source>
        <translation>電子郵件地址需要包含 @，例如 name@yourcompany.com。</translation>
    </message>
    <message>
        <source>An email address has only one @. Check what was pasted.</source>
        <translation>電子郵件地址只能有一個 @。請檢查貼上的內容。</translation>
    </message>
    <message>
        <source>The part before @ (“{local}”) is not valid. Use letters, digits, dots, hyphens or underscores, with no dot at the start or end.</source>
        <translation>@ 前面的部分（「{local}」）格式不正確。請使用字母、數字、點、連字號或底線，開頭和結尾不能是點。</translation>
    </message>
    <message>
        <source>The part before @ is too long: at most {max} characters.</source>
        <translation>@ 前面的部分太長：最多 {max} 個字元。</translation>
    </message>
    <message>
        <source>The part after @ (“{domain}”) is not a valid domain.</source>
        <translation>@ 後面的部分（「{domain}」）不是有效的網域。</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>請填寫這一欄。</translation>
    </message>
    <message>
        <source>Checking that {domain} exists on the internet…</source>
        <translation>正在確認 {domain} 是否存在於網際網路上…</translation>
    </message>
    <message>
        <source>{domain} is registered. Its DNS settings are managed at {host}: on step 3 you add a few records there.</source>
        <translation>{domain} 已註冊。它的 DNS 設定由 {host} 代管：第 3 步您需要在那裡新增幾筆紀錄。</translation>
    </message>
    <message>
        <source>{domain} is registered. Its DNS is hosted at {nameservers}.</source>
        <translation>{domain} 已註冊。它的 DNS 由 {nameservers} 代管。</translation>
    </message>
    <message>
        <source>{domain} does not exist on the internet yet. A domain must be registered before it can receive email. Register it at a registrar, then check again.</source>
        <translation>{domain} 目前在網際網路上還不存在。網域必須先註冊才能接收電子郵件。請先到網域註冊商註冊，然後再檢查一次。</translation>
    </message>
    <message>
        <source>{domain} is registered but has no DNS servers yet, so it cannot receive email. Ask your registrar to set its DNS servers; you can continue meanwhile.</source>
        <translation>{domain} 已註冊，但還沒有 DNS 伺服器，所以暫時無法接收電子郵件。請聯絡網域註冊商設定 DNS 伺服器；在這段期間您可以繼續操作。</translation>
    </message>
    <message>
        <source>We could not reach the internet to check {domain}. Check the network, proxy or firewall. You can continue and we will check again later.</source>
        <translation>無法連上網際網路，暫時不能檢查 {domain}。請檢查網路、代理伺服器或防火牆。您可以先繼續，我們稍後會再檢查。</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>正確。</translation>
    </message>
    <message>
        <source>Correct (an older set of values the provider still accepts).</source>
        <translation>正確（這是郵件服務商仍然接受的舊版值）。</translation>
    </message>
    <message>
        <source>Your existing record is kept; it is fine.</source>
        <translation>已保留您現有的紀錄，它沒有問題。</translation>
    </message>
    <message>
        <source>Waiting for the value from your provider ({value}). Paste it below or connect the provider.</source>
        <translation>正在等待郵件服務商提供的值（{value}）。請在下方貼上，或在上方連線到郵件服務商。</translation>
    </message>
    <message>
        <source>This server did not answer in time. We will ask again.</source>
        <translation>這台伺服器沒有及時回應，我們會再查詢一次。</translation>
    </message>
    <message>
        <source>This server could not look the record up (SERVFAIL). It is often temporary; we will ask again.</source>
        <translation>這台伺服器無法查詢這筆紀錄（SERVFAIL）。這種情況通常是暫時的，我們會再查詢一次。</translation>
    </message>
    <message>
        <source>This server refused to answer. We will ask again.</source>
        <translation>這台伺服器拒絕了查詢，我們會再查詢一次。</translation>
    </message>
    <message>
        <source>This server could not be asked. Check the network.</source>
        <translation>無法向這台伺服器查詢。請檢查網路。</translation>
    </message>
    <message>
        <source>The value is different: found “{found}”. Change it to the value shown above.</source>
        <translation>值不一致：查到的是「{found}」。請改成上方顯示的值。</translation>
    </message>
    <message>
        <source>{name} is an alias (CNAME) for {target}, so no other record can live there. Delete that CNAME record, then add this one.</source>
        <translation>{name} 是 {target} 的別名（CNAME），所以這裡不能再有其他紀錄。請先刪除那筆 CNAME 紀錄，再新增這筆紀錄。</translation>
    </message>
    <message>
        <source>The record was created at {found}: your DNS host added the domain a second time. Edit it and type only the part before your domain in the name field.</source>
        <translation>這筆紀錄被建立成 {found}：您的 DNS 代管商又自動加了一次網域。請編輯這筆紀錄，在「主機名稱」欄位只填網域前面的部分。</translation>
    </message>
    <message>
        <source>The target became {found}: your DNS host added your domain to it. Type it with a dot at the end ({expected}.) or as your DNS host&apos;s guide says.</source>
        <translation>目標變成了 {found}：您的 DNS 代管商在後面自動加上了您的網域。請在結尾加上一個點（{expected}.），或依照 DNS 代管商的說明填寫。</translation>
    </message>
    <message>
        <source>Your old email service ({old}) still comes first, so mail keeps going there. Delete its MX records.</source>
        <translation>舊的電子郵件服務（{old}）仍然排在前面，所以郵件還是會繼續送到那裡。請刪除它的 MX 紀錄。</translation>
    </message>
    <message>
        <source>Mail still goes to the old email service ({old}). Add the new MX records and delete the old ones, as “Records to add” says.</source>
        <translation>郵件仍會送往舊的郵件服務（{old}）。請依「需要新增的紀錄」新增 MX 紀錄，並刪除舊的。</translation>
    </message>
    <message>
        <source>The old email service&apos;s MX records ({old}) are still there. Delete them so all mail reaches the new mailboxes.</source>
        <translation>舊電子郵件服務的 MX 紀錄（{old}）還在。請刪除這些紀錄，讓所有郵件都能送到新信箱。</translation>
    </message>
    <message>
        <source>The MX priorities are in the wrong order. Use the priority numbers shown above.</source>
        <translation>MX 紀錄的優先順序不正確。請使用上方顯示的優先順序數字。</translation>
    </message>
    <message>
        <source>The value has quotation marks around it. Remove the quotes: paste only the text.</source>
        <translation>值的前後加了引號。請移除引號，只貼上裡面的文字。</translation>
    </message>
    <message>
        <source>The value has spaces at the start or end. Remove them.</source>
        <translation>值的開頭或結尾有空格。請刪除這些空格。</translation>
    </message>
    <message>
        <source>There is no SPF record yet. Add the TXT record shown above.</source>
        <translation>還沒有 SPF 紀錄。請新增上方顯示的 TXT 紀錄。</translation>
    </message>
    <message>
        <source>There are {count} SPF records; only one is allowed, so receivers ignore all of them. Keep the one shown above and delete the others.</source>
        <translation>目前有 {count} 筆 SPF 紀錄；SPF 只能有一筆，所以收件端會全部忽略。請保留上方顯示的那一筆，刪除其他的。</translation>
    </message>
    <message>
        <source>The SPF record has no “{include}” in it yet. Replace it with the value shown above.</source>
        <translation>SPF 紀錄中還沒有「{include}」。請以上方顯示的值取代它。</translation>
    </message>
    <message>
        <source>The DMARC record “{found}” has a mistake at “{part}”, so mail servers ignore it. Replace it with {expected}.</source>
        <translation>DMARC 紀錄「{found}」在「{part}」處有錯誤，郵件伺服器會忽略它。請把它換成 {expected}。</translation>
    </message>
    <message>
        <source>There are {count} DMARC records; only one is allowed. Delete all but one.</source>
        <translation>目前有 {count} 筆 DMARC 紀錄，但只能有一筆。請只保留一筆，刪除其他的。</translation>
    </message>
    <message>
        <source>Correct everywhere.</source>
        <translation>在各處都已正確生效。</translation>
    </message>
    <message>
        <source>Needs a value from your provider ({value}) before it can be added.</source>
        <translation>需要先取得郵件服務商提供的值（{value}），才能新增這筆紀錄。</translation>
    </message>
    <message>
        <source>Your DNS host&apos;s servers could not be reached. Check the network; we will try again.</source>
        <translation>無法連上您 DNS 代管商的伺服器。請檢查網路，我們會再試一次。</translation>
    </message>
    <message>
        <source>Your DNS host&apos;s servers could not be reached. Check the network and run the check again.</source>
        <translation>無法連線到您的 DNS 代管商的伺服器。請檢查網路，然後重新執行檢查。</translation>
    </message>
    <message>
        <source>This server did not answer in time.</source>
        <translation>此伺服器未在時限內回應。</translation>
    </message>
    <message>
        <source>This server could not look the record up (SERVFAIL). It is often temporary: run the check again in a few minutes.</source>
        <translation>此伺服器無法查詢該記錄（SERVFAIL）。這通常是暫時的：請過幾分鐘再執行一次檢查。</translation>
    </message>
    <message>
        <source>This server refused to answer.</source>
        <translation>此伺服器拒絕回應。</translation>
    </message>
    <message>
        <source>No DNS server answered ({servers}): this computer seems to be offline, or those servers are out of its reach. Check the network connection and run the check again.</source>
        <translation>沒有任何 DNS 伺服器回應（{servers}）：這台電腦似乎沒有連上網路，或無法連到這些伺服器。請檢查網路連線，然後重新執行檢查。</translation>
    </message>
    <message>
        <source>{name} is an alias (CNAME) for {target}. Mail records cannot live next to it: delete the CNAME first.</source>
        <translation>{name} 是 {target} 的別名（CNAME），郵件相關的紀錄不能與它並存：請先刪除這筆 CNAME 紀錄。</translation>
    </message>
    <message>
        <source>You already have a DMARC record (“{value}”). It is kept as it is.</source>
        <translation>您已經有一筆 DMARC 紀錄（「{value}」），會保持原樣。</translation>
    </message>
    <message>
        <source>Your domain has {count} SPF records. Replace them with the one record shown here.</source>
        <translation>您的網域有 {count} 筆 SPF 紀錄。請以這裡顯示的這一筆紀錄取代它們。</translation>
    </message>
    <message>
        <source>The SPF record needs {count} DNS lookups; the limit is {limit}, and over it mail may be rejected. Remove services you no longer use, for example: {remove}.</source>
        <translation>這筆 SPF 紀錄需要 {count} 次 DNS 查詢，上限是 {limit} 次，超過上限可能導致郵件被拒收。請從中移除不再使用的服務，例如：{remove}。</translation>
    </message>
    <message>
        <source>Delete the old MX records ({old}) once the new ones are added. Mail sent in the meantime may still arrive at the old service for a few hours.</source>
        <translation>新增好新的 MX 紀錄後，請刪除舊的 MX 紀錄（{old}）。在這段期間寄來的郵件，幾個小時內仍可能送到舊的電子郵件服務。</translation>
    </message>
    <message>
        <source>We suggest {plan}: it holds your {n} people for {cost} a month, and MailWizard can create the accounts for you.</source>
        <translation>我們建議選擇 {plan}：可供您的 {n} 人使用，每月 {cost}，而且 MailWizard 可以幫您建立帳號。</translation>
    </message>
    <message>
        <source>We suggest {plan}: one mailbox for {cost} a month, and MailWizard can create the account for you.</source>
        <translation>我們建議選擇 {plan}：一個信箱每月 {cost}，而且 MailWizard 可以幫您建立帳號。</translation>
    </message>
    <message>
        <source>We suggest {plan}: it holds your {n} people for {cost} a month. You will create the accounts in its console, and we guide you.</source>
        <translation>我們建議選擇 {plan}：可供您的 {n} 人使用，每月 {cost}。帳號需要您在它的管理後台建立，我們會一步步引導您。</translation>
    </message>
    <message>
        <source>We suggest {plan}: one mailbox for {cost} a month. You will create the account in its console, and we guide you.</source>
        <translation>我們建議選擇 {plan}：一個信箱每月 {cost}。帳號需要您在它的管理後台建立，我們會一步步引導您。</translation>
    </message>
    <message>
        <source>No plan fits your budget. The cheapest plan for {n} people is {plan} at {cost} a month.</source>
        <translation>沒有符合您預算的方案。適合 {n} 人的最便宜方案是 {plan}，每月 {cost}。</translation>
    </message>
    <message>
        <source>No plan fits your budget. The cheapest plan for one person is {plan} at {cost} a month.</source>
        <translation>沒有符合您預算的方案。適合 1 人的最便宜方案是 {plan}，每月 {cost}。</translation>
    </message>
    <message>
        <source>No plan with a confirmed price can hold {n} people. Check the providers&apos; own pages for larger plans.</source>
        <translation>沒有已確認價格的方案能容納 {n} 人。請到各郵件服務商的官方網站查看更大的方案。</translation>
    </message>
    <message>
        <source>The provider answered with an error. Try again later.</source>
        <translation>郵件服務商回傳了錯誤。請稍後再試。</translation>
    </message>
    <message>
        <source>Not connected yet. Click Connect and sign in.</source>
        <translation>尚未連線。請點選「連線」並登入。</translation>
    </message>
    <message>
        <source>Signing in did not work ({reason}). Check the app registration and try again.</source>
        <translation>登入沒有成功（{reason}）。請檢查應用程式註冊設定，然後再試一次。</translation>
    </message>
    <message>
        <source>Signing in was cancelled in the browser. Click Connect to try again.</source>
        <translation>登入已在瀏覽器中取消。請點選「連線」再試一次。</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was withdrawn. Click Connect and sign in again.</source>
        <translation>您的登入已過期或已被撤銷。請點選「連線」，重新登入。</translation>
    </message>
    <message>
        <source>MailWizard cannot give this permission at this provider: choose “Member” here, and give the role or the group in the provider&apos;s admin console once the account exists.</source>
        <translation>MailWizard 無法在此郵件服務商授予這項權限：請在這裡選擇「一般成員」，帳號建立後再到服務商的管理後台授予角色或加入群組。</translation>
    </message>
    <message>
        <source>“+ team group” needs a group: choose the team group above the table (connect to the provider first), or choose a preset without it.</source>
        <translation>「+ 團隊群組」需要一個群組：請在表格上方選擇團隊群組（需先連線至郵件服務商），或改選不含群組的權限。</translation>
    </message>
    <message>
        <source>Google needs the OAuth client&apos;s secret as well as its ID. Copy the client secret from the same OAuth client in the Google Cloud console (APIs &amp; Services &gt; Credentials) and click Connect again.</source>
        <translation>Google 除了用戶端識別碼，還需要這個 OAuth 用戶端的密碼。請在 Google Cloud 控制台（「API 和服務 &gt; 憑證」）中從同一個 OAuth 用戶端複製用戶端密碼，然後再次按一下「連線」。</translation>
    </message>
    <message>
        <source>This computer has no password store MailWizard can use, so your sign-in is kept only until MailWizard closes. You will be asked to sign in again next time.</source>
        <translation>這台電腦上沒有 MailWizard 可以使用的系統密碼庫，因此您的登入資訊只會保留到 MailWizard 關閉為止。下次使用時需要重新登入。</translation>
    </message>
    <message>
        <source>This address is already used by {other} in row {row}. Two people cannot share one mailbox. Choose another, e.g. {value}2.</source>
        <translation>第 {row} 列的 {other} 已經在使用這個地址。兩個人不能共用一個信箱。請換一個地址，例如 {value}2。</translation>
    </message>
    <message>
        <source>The provider asks us to slow down. MailWizard waited and tried again, but it is still busy; try again in a few minutes.</source>
        <translation>郵件服務商表示請求過於頻繁。MailWizard 已等候並重試，但服務商仍然忙碌；請過幾分鐘再試。</translation>
    </message>
    <message>
        <source>Not there yet. Add this {type} record at your DNS host, written as in “Records to add”.</source>
        <translation>還查不到這筆紀錄。請依「需要新增的紀錄」中的寫法，到您的 DNS 代管商新增這筆 {type} 紀錄。</translation>
    </message>
    <message>
        <source>Your DNS host has it right; this public DNS server still remembers the old answer for {duration}.</source>
        <translation>您的 DNS 代管商那邊已設定正確；這台公共 DNS 伺服器仍在使用快取的舊結果，還需要{duration}才會更新。</translation>
    </message>
    <message>
        <source>Correct at your DNS host; some public DNS servers could not be asked.</source>
        <translation>您的 DNS 代管商那邊已正確；部分公共 DNS 伺服器無法查詢。</translation>
    </message>
    <message>
        <source>Added correctly. Some public DNS servers still show the old answer, for up to {duration}.</source>
        <translation>已正確新增。部分公共 DNS 伺服器仍會顯示舊結果，最長{duration}。</translation>
    </message>
    <message>
        <source>The account you signed in with is not allowed to do this. Sign in with an administrator account (Google: super administrator; Microsoft 365: Global Administrator, or Domain Name and User Administrator — and Privileged Role Administrator to make members user administrators, Groups Administrator to add them to a team group), and accept every permission MailWizard asks for. If you connected before this version, sign in again: it now also asks for permission to give administrator roles and to add members to groups.</source>
        <translation>您登入所用的帳號沒有執行此操作的權限。請改用管理員帳號登入：Google 需要超級管理員；Microsoft 365 需要 Global Administrator（全域管理員），或同時具有 Domain Name Administrator（網域名稱管理員）和 User Administrator（使用者管理員）角色——要把成員設為使用者管理員，還需要 Privileged Role Administrator（特殊權限角色管理員），要把成員加入團隊群組，還需要 Groups Administrator（群組管理員）。登入時請接受 MailWizard 要求的所有權限。如果您在此版本之前已連線過，請重新登入：現在還需要授予管理員角色和管理群組成員的權限。</translation>
    </message>
    <message>
        <source>The provider&apos;s service is not answering right now. Try again in a few minutes.</source>
        <translation>郵件服務商的系統目前沒有回應。請過幾分鐘再試。</translation>
    </message>
    <message>
        <source>The mailbox has reached its daily sending limit. Try again in about a day.</source>
        <translation>此信箱已達每日寄信上限，請大約一天後再試。</translation>
    </message>
    <message>
        <source>The signed-in administrator has no mailbox to send from. Give it a mail licence in the admin console.</source>
        <translation>目前登入的管理員沒有可用來寄信的信箱。請在管理後台為其指派信箱授權。</translation>
    </message>
    <message>
        <source>We could not reach {host}. Check the network, proxy or firewall.</source>
        <translation>無法連上 {host}。請檢查網路、代理伺服器或防火牆。</translation>
    </message>
    <message>
        <source>The certificate of {host} could not be verified, so MailWizard did not connect. A company proxy or security program that inspects secure connections may need its certificate installed on this computer; also check that the computer&apos;s date and time are right.</source>
        <translation>無法驗證 {host} 的憑證，因此 MailWizard 沒有建立連線。如果公司的 Proxy 伺服器或安全軟體會檢查加密連線，可能需要在這台電腦上安裝它的憑證；另外請確認電腦的日期和時間正確。</translation>
    </message>
    <message>
        <source>The connection dropped before the provider answered, so we cannot tell whether it was done. Run it again: MailWizard checks first and never creates anything twice.</source>
        <translation>郵件服務商回覆之前連線就中斷了，因此無法確定操作是否已經完成。請再試一次：MailWizard 會先進行檢查，絕不會重複建立任何項目。</translation>
    </message>
    <message>
        <source>This address is already taken in your organisation. Choose another address.</source>
        <translation>這個電子郵件地址在您的組織中已有人使用。請改用其他地址。</translation>
    </message>
    <message>
        <source>The provider does not know this item.</source>
        <translation>郵件服務商找不到這個項目。</translation>
    </message>
    <message>
        <source>The team group no longer exists at the provider (perhaps deleted in the admin console). Choose another group on the Members step, then create the accounts again.</source>
        <translation>郵件服務商那裡已不存在該團隊群組（可能已在管理後台刪除）。請在「成員」步驟選擇其他群組，然後再次建立帳號。</translation>
    </message>
    <message>
        <source>The provider has not finished setting up this new account yet. Wait a minute and click Create again: MailWizard finishes it without creating it twice.</source>
        <translation>郵件服務商尚未完成這個新帳號的設定。請稍候一分鐘後再按一下「建立」：MailWizard 會完成它，不會重複建立。</translation>
    </message>
    <message>
        <source>The provider refused the request: {detail}</source>
        <translation>郵件服務商拒絕了這項請求：{detail}</translation>
    </message>
    <message>
        <source>The provider cannot see the verification record for {domain} yet. It can take a while to reach the provider; MailWizard asks again when the DNS check sees it.</source>
        <translation>郵件服務商還查不到 {domain} 的驗證紀錄。紀錄可能需要一段時間才會被服務商查到；等 DNS 檢查查到這筆紀錄後，MailWizard 會再請服務商驗證。</translation>
    </message>
    <message>
        <source>There are not enough licenses: {needed} needed, {available} free in {sku}. Buy more licenses in the admin center or choose fewer members; nothing was created.</source>
        <translation>授權數量不足：需要 {needed} 個，{sku} 中只有 {available} 個可用。請在管理後台購買更多授權，或減少選擇的成員；這次沒有建立任何項目。</translation>
    </message>
    <message>
        <source>Every seat you have bought is in use, so the provider refused this account and nothing of it was made. Buy more seats (licenses) in the provider&apos;s admin console, or remove members, then click Create again.</source>
        <translation>您購買的授權已全部用完，服務商拒絕了此帳號，沒有建立任何內容。請在服務商的管理後台購買更多授權，或移除成員，然後再次點選「建立」。</translation>
    </message>
    <message>
        <source>The service account may not act as this administrator. In the Google Admin console, under Security &gt; Access and data control &gt; API controls &gt; Domain-wide delegation, add its client ID with the scopes MailWizard needs (users, groups, domains, site verification, role management and gmail.send, which sends the invitations from the administrator&apos;s mailbox), and check the administrator&apos;s address.</source>
        <translation>該服務帳戶無權代表這位管理員操作。請在 Google 管理控制台的「安全性 &gt; 存取權與資料控管 &gt; API 控制項 &gt; 全網域委派」中新增它的用戶端 ID 和 MailWizard 需要的權限範圍（使用者、群組、網域、網站驗證、角色管理，以及用來從管理員信箱寄送邀請的 gmail.send），並確認管理員的電子郵件地址。</translation>
    </message>
    <message>
        <source>The console&apos;s file must be saved as {encoding}, which cannot store some characters in rows {rows}: {characters} (in {values}). Change those entries, for example to a common character or to pinyin, then save again.</source>
        <translation>管理後台要求檔案以 {encoding} 編碼儲存，而該編碼無法儲存第 {rows} 列中的一些字元：{characters}（在「{values}」中）。請修改這些內容，例如改為常用字或拼音，然後再次儲存。</translation>
    </message>
    <message>
        <source>Rows {rows} have nothing in a column the console requires ({columns}). Fill them in, then save again.</source>
        <translation>第 {rows} 列在管理後台要求的欄位（{columns}）中沒有內容。請填寫後再次儲存。</translation>
    </message>
    <message>
        <source>The console takes at most {max} people per file, and this list has {count}. Save it as several files.</source>
        <translation>管理後台每個檔案最多接受 {max} 人，而這份名單有 {count} 人。請分成幾個檔案儲存。</translation>
    </message>
    <message>
        <source>The passwords in rows {rows} start with =, +, - or @, which spreadsheet programs treat as a formula. Choose passwords that start with a letter or a digit.</source>
        <translation>第 {rows} 列的密碼以 =、+、- 或 @ 開頭，試算表軟體會把它當成公式。請選擇以字母或數字開頭的密碼。</translation>
    </message>
    <message>
        <source>The mailbox sizes in rows {rows} ({values}) are not a number of gigabytes. Correct them, then save again.</source>
        <translation>第 {rows} 列的信箱容量（{values}）不是以 GB 為單位的數字。請更正後再次儲存。</translation>
    </message>
    <message>
        <source>MailWizard&apos;s import layout {file} is damaged ({problem}). Please reinstall MailWizard.</source>
        <translation>MailWizard 的匯入格式檔 {file} 已損壞（{problem}）。請重新安裝 MailWizard。</translation>
    </message>
    <message>
        <source>This provider&apos;s API cannot give the administrator role. Choose “Member” and give the role in its admin console.</source>
        <translation>此郵件服務商的 API 無法授予管理員角色。請選擇「一般成員」，再到其管理後台授予該角色。</translation>
    </message>
    <message>
        <source>The provider did not accept the ID or the secret. Copy both again from its admin console (no spaces before or after) and click Connect.</source>
        <translation>郵件服務商不接受該 ID 或 Secret。請從其管理後台重新複製這兩項（前後不要有空格），然後按一下「連線」。</translation>
    </message>
    <message>
        <source>The provider did not accept the ID or the secret at the site you chose. Check where your account was opened (each site has its own apps), copy both values again from its admin console (no spaces before or after) and click Connect.</source>
        <translation>郵件服務商在您選擇的站點不接受該 ID 或 Secret。請確認帳號是在哪個站點開通的（每個站點有各自的應用程式），再從該站點的管理後台重新複製這兩項（前後不要有空格），然後按一下「連線」。</translation>
    </message>
    <message>
        <source>Your provider does not let this app use its admin API. The open API comes with the paid editions, and the app needs the user-management permission in the admin console. Without it, use the import file on the Members step.</source>
        <translation>您的郵件服務商不允許此應用程式使用其管理 API。開放介面隨付費版提供，而且需要在管理後台為該應用程式開啟使用者管理權限。否則，請使用「成員」步驟中的匯入檔。</translation>
    </message>
    <message>
        <source>The provider does not accept the address {address}. Check that it is on your company&apos;s domain and uses only letters, digits, dots, hyphens and underscores.</source>
        <translation>郵件服務商不接受位址 {address}。請確認它屬於貴公司的網域，且只包含字母、數字、點、連字號與底線。</translation>
    </message>
    <message>
        <source>“{value}” is too long for the provider: it takes at most {limit} bytes, about {chinese} Chinese characters. Shorten it in the table, then run Create again.</source>
        <translation>「{value}」太長，服務商最多只接受 {limit} 個位元組，約 {chinese} 個中文字。請在表格中改短，然後再按一次「建立」。</translation>
    </message>
    <message>
        <source>The department “{department}” no longer exists at the provider (perhaps deleted in the admin console). Run Create again: MailWizard creates it anew.</source>
        <translation>郵件服務商那裡已不存在部門「{department}」（可能已在管理後台刪除）。請再次執行「建立」：MailWizard 會重新建立它。</translation>
    </message>
    <message>
        <source>The provider&apos;s API cannot do this; the steps on this page say how to do it in its console.</source>
        <translation>郵件服務商的 API 無法完成此操作；本頁的步驟說明了如何在其管理後台完成。</translation>
    </message>
    <message>
        <source>Microsoft 365 gives a new group the address of your default domain, and {domain} is not the default yet. In the Microsoft 365 admin center, open Settings &gt; Domains, select {domain} and choose Set as default, then run Create again.</source>
        <translation>Microsoft 365 會以預設網域作為新群組的電子郵件地址，而 {domain} 目前還不是預設網域。請在 Microsoft 365 系統管理中心開啟「設定」&gt;「網域」，選擇 {domain} 並按「設為預設」，然後再按一次「建立」。</translation>
    </message>
    <message>
        <source>{domain} has not been added in the provider&apos;s admin console yet. Add it there as the steps say; MailWizard asks again once the DNS check sees the records.</source>
        <translation>{domain} 尚未在郵件服務商的管理後台中新增。請依步驟在那裡新增；DNS 檢查看到紀錄後，MailWizard 會再次詢問。</translation>
    </message>
    <message>
        <source>The key file could not be read. Choose the JSON file you downloaded from Google Cloud.</source>
        <translation>無法讀取金鑰檔案。請選擇從 Google Cloud 下載的 JSON 檔案。</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>請輸入這個人的姓名。</translation>
    </message>
    <message>
        <source>The name is too long for the provider: at most {max} characters.</source>
        <translation>姓名太長，郵件服務商最多只接受 {max} 個字元。</translation>
    </message>
    <message>
        <source>This person has no address yet. Type the part before @, e.g. zhang.wei.</source>
        <translation>這個人還沒有信箱地址。請輸入 @ 前面的部分，例如 zhang.wei。</translation>
    </message>
    <message>
        <source>“{value}” is an address at another domain. Type only the part before @ of the new address.</source>
        <translation>「{value}」是其他網域的地址。請只輸入新地址中 @ 前面的部分。</translation>
    </message>
    <message>
        <source>Use lower-case letters in the address; mail systems treat them the same anyway.</source>
        <translation>地址請使用小寫字母；郵件系統本來就不區分大小寫。</translation>
    </message>
    <message>
        <source>An address cannot have two dots in a row.</source>
        <translation>地址中不能有兩個連續的點。</translation>
    </message>
    <message>
        <source>The part before @ can have at most 64 characters.</source>
        <translation>@ 前面的部分最多只能有 64 個字元。</translation>
    </message>
    <message>
        <source>“{value}” cannot be an address. Use letters a–z, digits, dots, hyphens or underscores, starting and ending with a letter or digit.</source>
        <translation>「{value}」不能當作信箱地址。請使用字母 a–z、數字、點、連字號或底線，開頭和結尾必須是字母或數字。</translation>
    </message>
    <message>
        <source>This address is already used by {other}, who is in your list already. Two people cannot share one mailbox. Choose another, e.g. {value}2.</source>
        <translation>清單中已有的 {other} 正在使用這個地址。兩個人不能共用一個信箱。請換一個地址，例如 {value}2。</translation>
    </message>
    <message>
        <source>{value} already exists at your provider. Choose another address.</source>
        <translation>{value} 在郵件服務商那邊已經存在。請換一個地址。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid email address; the invitation could not reach it.</source>
        <translation>「{value}」不是有效的電子郵件地址，邀請信將無法送達。</translation>
    </message>
    <message>
        <source>“{value}” has letters before the @ that most mail servers cannot send to. Type another email of this person&apos;s, with only Latin letters, digits, dots or hyphens before the @.</source>
        <translation>「{value}」的 @ 前面有多數郵件伺服器無法投遞的字元。請填寫此人的另一個信箱，@ 前面只用英文字母、數字、點或連字號。</translation>
    </message>
    <message>
        <source>“{value}” is at your company&apos;s new domain: the invitation would go to a mailbox no one can open yet. Type an email the person reads today, such as their personal one.</source>
        <translation>「{value}」是公司新網域下的地址：邀請會寄到一個還沒有人能開啟的信箱。請填寫此人目前能收信的信箱，例如個人信箱。</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number. Use digits, spaces, + and -.</source>
        <translation>「{value}」不是電話號碼。請只使用數字、空格、+ 和 -。</translation>
    </message>
    <message>
        <source>“{value}” is not a size. Type a number of GB, e.g. 30.</source>
        <translation>「{value}」不是有效的容量。請輸入以 GB 為單位的數字，例如 30。</translation>
    </message>
    <message>
        <source>The plan gives at most {max} GB per mailbox. Type {max} or less.</source>
        <translation>這個方案每個信箱最多 {max} GB。請輸入 {max} 或更小的數字。</translation>
    </message>
    <message>
        <source>Choose Member or Can manage users.</source>
        <translation>請選擇「一般成員」或「可管理使用者」。</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet MailWizard can read. Save it as .xlsx or .csv and try again.</source>
        <translation>這個檔案不是 MailWizard 能讀取的試算表。請將它另存為 .xlsx 或 .csv 格式，然後再試一次。</translation>
    </message>
    <message>
        <source>This file is protected with a password. Open it in Excel, remove the password, save it and import it again.</source>
        <translation>這個檔案設有密碼保護。請在 Excel 中開啟它，移除密碼並儲存，然後重新匯入。</translation>
    </message>
    <message>
        <source>This file has no rows of people in it.</source>
        <translation>這個檔案中沒有任何人員資料。</translation>
    </message>
    <message>
        <source>Line {line} of this file opens a quotation mark (&quot;) that is never closed, so everyone after it would be read as one person. Open the file in Excel or a text editor, remove or close that quotation mark, save it and import it again.</source>
        <translation>此檔案第 {line} 行有一個左引號（&quot;）沒有對應的右引號，之後的所有人都會被讀成同一個人。請用 Excel 或文字編輯器開啟此檔案，刪除或補上這個引號，儲存後再匯入。</translation>
    </message>
    <message>
        <source>This file has more rows than MailWizard imports at once ({max}). Split it into parts.</source>
        <translation>這個檔案的列數超過 MailWizard 一次能匯入的上限（{max} 列）。請將它分成幾個檔案。</translation>
    </message>
    <message>
        <source>The file “{file}” could not be read ({error}). If it is open in another program, close it there and try again.</source>
        <translation>無法讀取檔案「{file}」（{error}）。如果它正在其他程式中開啟，請先在那裡關閉，然後再試一次。</translation>
    </message>
    <message>
        <source>MailWizard could not read this file: something unexpected went wrong ({error}). Save it again as .xlsx or .csv and import it again.</source>
        <translation>MailWizard 無法讀取這個檔案：發生了非預期的錯誤（{error}）。請將它另存為 .xlsx 或 .csv 後重新匯入。</translation>
    </message>
    <message>
        <source>The file “{file}” is not there any more: it was moved, renamed or deleted. Choose it again.</source>
        <translation>檔案「{file}」已經不在原來的位置：它被移動、重新命名或刪除了。請重新選擇檔案。</translation>
    </message>
    <message>
        <source>This file is {size} MB; MailWizard reads member lists of up to {max} MB. Keep only the people and the columns about them (or split the list), save it and import it again.</source>
        <translation>此檔案大小為 {size} MB；MailWizard 可讀取的成員名單最大為 {max} MB。請只保留人員及其相關的欄（或把名單拆開），儲存後重新匯入。</translation>
    </message>
    <message>
        <source>This workbook holds {size} MB once unpacked; MailWizard reads up to {max} MB, far more than a list of people needs. Copy the list into a new workbook, save it and import that one.</source>
        <translation>此活頁簿解壓縮後有 {size} MB；MailWizard 最多讀取 {max} MB，這已遠超過一份人員名單所需。請把名單複製到新的活頁簿，儲存後匯入新的活頁簿。</translation>
    </message>
    <message>
        <source>This workbook is packed {ratio} to 1; spreadsheet programs pack lists at most {max} to 1, so it is damaged or made to overload the computer. Copy the list into a new workbook, save it and import that one.</source>
        <translation>此活頁簿的壓縮比為 {ratio} 比 1；試算表軟體儲存名單時壓縮比最多為 {max} 比 1，因此它可能已損毀，或是被刻意製作來拖垮電腦。請把名單複製到新的活頁簿，儲存後匯入新的活頁簿。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” goes on past row {max}, where MailWizard stops reading. Delete the empty rows below the list (or split it), save it and import it again.</source>
        <translation>工作表「{sheet}」超過了第 {max} 列，MailWizard 讀到這裡就會停止。請刪除名單下方的空白列（或把名單拆開），儲存後重新匯入。</translation>
    </message>
    <message>
        <source>This file has {lines} lines; MailWizard reads up to {max}. Delete the empty lines at the end (or split the list), save it and import it again.</source>
        <translation>此檔案有 {lines} 行；MailWizard 最多讀取 {max} 行。請刪除結尾的空白行（或把名單拆開），儲存後重新匯入。</translation>
    </message>
    <message>
        <source>Row {row} of this file has {columns} columns; MailWizard reads up to {max}. Keep only the columns about the people (name, address, phone, department…), save it and import it again.</source>
        <translation>此檔案的第 {row} 列有 {columns} 欄；MailWizard 最多讀取 {max} 欄。請只保留與人員有關的欄（姓名、電子郵件地址、電話、部門……），儲存後重新匯入。</translation>
    </message>
    <message>
        <source>A cell in row {row} is longer than MailWizard reads ({max} characters). Shorten it or delete its column, save the file and import it again.</source>
        <translation>第 {row} 列有一個儲存格超出了 MailWizard 可讀取的長度（{max} 個字元）。請縮短內容或刪除它所在的欄，儲存檔案後重新匯入。</translation>
    </message>
    <message>
        <source>Part of this file is saved in one text encoding and part in another, so names would come out garbled. Open it in Excel and save it as “CSV UTF-8”, then import it again.</source>
        <translation>此檔案有一部分以某種文字編碼儲存，另一部分以另一種編碼儲存，姓名會變成亂碼。請用 Excel 開啟它，另存為「CSV UTF-8 (逗號分隔)」，然後重新匯入。</translation>
    </message>
    <message>
        <source>The names in this file come out garbled ({sample}): it is saved in a text encoding MailWizard cannot tell. Open it in Excel and save it as “CSV UTF-8”, then import it again.</source>
        <translation>此檔案中的姓名讀出來是亂碼（{sample}）：它使用了 MailWizard 無法判斷的文字編碼。請用 Excel 開啟它，另存為「CSV UTF-8 (逗號分隔)」，然後重新匯入。</translation>
    </message>
    <message>
        <source>Fill in the mailbox the invitations are sent from (user name and from address) and its server first.</source>
        <translation>請先填寫用來寄出邀請的信箱（使用者名稱和寄件地址）及其伺服器。</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password. Check them (some providers need an app password) and try again; nothing was sent.</source>
        <translation>郵件伺服器不接受這組使用者名稱或密碼。請檢查後再試一次（部分郵件服務商需要使用應用程式密碼）；這次沒有寄出任何信件。</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} could not be reached. Check the server name, port, network or firewall; nothing was sent.</source>
        <translation>無法連上郵件伺服器 {host}:{port}。請檢查伺服器名稱、連接埠、網路或防火牆；這次沒有寄出任何信件。</translation>
    </message>
    <message>
        <source>The certificate of {host} could not be verified, so MailWizard did not send anything. Check the server name; a company proxy may need its certificate installed on this computer.</source>
        <translation>無法驗證 {host} 的憑證，因此 MailWizard 沒有寄出任何信件。請檢查伺服器名稱；如果公司網路使用了代理伺服器，可能需要在這台電腦上安裝它的憑證。</translation>
    </message>
    <message>
        <source>MailWizard needs the password of the sending account. Click Password… and type it.</source>
        <translation>MailWizard 需要寄件帳號的密碼。請點選「密碼…」並輸入。</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} answered but offers no encryption (STARTTLS) on this port, so the password cannot be sent safely. Check the port: most providers use 465 with SSL, or 587 with STARTTLS.</source>
        <translation>郵件伺服器 {host}:{port} 有回應，但這個連接埠不提供加密（STARTTLS），所以無法安全地傳送密碼。請檢查連接埠：多數郵件服務商使用 465（SSL）或 587（STARTTLS）。</translation>
    </message>
    <message>
        <source>{sent} sent, then the mail server {host}:{port} stopped answering. Click Send to send the rest when it is back; no one gets theirs twice.</source>
        <translation>已寄出 {sent} 封，之後郵件伺服器 {host}:{port} 停止回應。等它恢復後再按一次寄出，即可寄出其餘邀請，不會有人收到兩次。</translation>
    </message>
    <message>
        <source>the letters before the @ cannot be sent to; give this person another personal email</source>
        <translation>@ 前面的字元無法投遞，請為此人填寫另一個個人信箱</translation>
    </message>
    <message>
        <source>the address does not exist or was refused; check the personal email</source>
        <translation>地址不存在或遭到拒收，請檢查個人電子郵件</translation>
    </message>
    <message>
        <source>the server does not let this account send to that address (relay denied)</source>
        <translation>伺服器不允許用這個帳號寄信到該地址（拒絕轉送）</translation>
    </message>
    <message>
        <source>the receiving server refused the message</source>
        <translation>收件端伺服器拒收了這封信</translation>
    </message>
    <message>
        <source>the receiving server was busy several times; try again later</source>
        <translation>收件端伺服器多次回應忙碌，請稍後再試</translation>
    </message>
    <message>
        <source>Your changes could not be saved: {reason}. Check that the disk is not full.</source>
        <translation>無法儲存您的變更：{reason}。請檢查磁碟空間是否已滿。</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: the disk is full. Free some space on it; MailWizard keeps your changes in this window and saves them with the next one.</source>
        <translation>最近的變更無法儲存：磁碟已滿。請在該磁碟上騰出一些空間；在此之前，MailWizard 會把您的變更保留在這個視窗中，並在下一次變更時一併儲存。</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: MailWizard is not allowed to write in {path}. Check that folder&apos;s permissions; your changes are kept in this window until then.</source>
        <translation>最近的變更無法儲存：MailWizard 沒有權限寫入 {path}。請檢查該資料夾的權限；在此之前，您的變更會保留在這個視窗中。</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: another program is using MailWizard&apos;s saved work in {path}. Close it (perhaps another MailWizard); your changes are kept in this window until then.</source>
        <translation>最近的變更無法儲存：另一個程式正在使用 {path} 中 MailWizard 已儲存的進度。請關閉那個程式（可能是另一個 MailWizard）；在此之前，您的變更會保留在這個視窗中。</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: the disk could not be written ({reason}). Check that it is still connected; your changes are kept in this window until then.</source>
        <translation>最近的變更無法儲存：無法寫入磁碟（{reason}）。請檢查磁碟是否仍然連接；在此之前，您的變更會保留在這個視窗中。</translation>
    </message>
    <message>
        <source>The disk with your saved work is full, so MailWizard cannot open it. Free some space on that disk and start MailWizard again. Your saved work is kept as it was, in {path}.</source>
        <translation>存放已儲存進度的磁碟已滿，MailWizard 無法開啟它。請在該磁碟上騰出一些空間，然後重新啟動 MailWizard。您已儲存的進度原封不動保留在 {path}。</translation>
    </message>
    <message>
        <source>MailWizard is not allowed to write in the folder with your saved work, {path}: it is read-only, or it belongs to another user. Check that folder&apos;s permissions, or start MailWizard with --state-dir and a folder you can write to. Nothing in it has been changed.</source>
        <translation>MailWizard 沒有權限寫入存放已儲存進度的資料夾 {path}：它是唯讀的，或者屬於另一位使用者。請檢查該資料夾的權限，或者用 --state-dir 指定一個您可以寫入的資料夾來啟動 MailWizard。資料夾中的內容沒有任何變動。</translation>
    </message>
    <message>
        <source>Another program is using your saved work in {path} (perhaps MailWizard on another computer, or as another user). Close it and start MailWizard again. Nothing in it has been changed.</source>
        <translation>另一個程式正在使用 {path} 中您已儲存的進度（可能是另一台電腦上或另一位使用者的 MailWizard）。請關閉它，然後重新啟動 MailWizard。其中的內容沒有任何變動。</translation>
    </message>
    <message>
        <source>MailWizard could not read or write its saved work in {path} ({reason}): the disk may be failing or disconnected. Check it and start MailWizard again. The file has been left where it is.</source>
        <translation>MailWizard 無法讀寫 {path} 中已儲存的進度（{reason}）：磁碟可能發生故障或已中斷連接。請檢查磁碟，然後重新啟動 MailWizard。該檔案仍留在原處。</translation>
    </message>
    <message>
        <source>Something went wrong ({reason}). Your work is kept; please try again.</source>
        <translation>發生了一點問題（{reason}）。您的進度已保留，請再試一次。</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>約 1 分鐘</translation>
    </message>
    <message>
        <source>about {n} minutes</source>
        <translation>約 {n} 分鐘</translation>
    </message>
    <message>
        <source>about {n} hours</source>
        <translation>約 {n} 小時</translation>
    </message>
    <message>
        <source>Your sign-in does not let MailWizard send mail from {address} yet ({needed}). On the DNS records step click Disconnect, then Connect and accept sending mail; or send by SMTP instead. No one gets theirs twice.</source>
        <translation>您目前的登入授權還不允許 MailWizard 從 {address} 寄信（{needed}）。請在「DNS 紀錄」步驟按「中斷連線」，再按「連線」並同意寄送郵件；也可以改用 SMTP 寄送。不會有人收到兩次。</translation>
    </message>
    <message>
        <source>The service account may not send mail as {address}. In the Google Admin console, under Domain-wide delegation, add https://www.googleapis.com/auth/gmail.send to its scopes, or send by SMTP instead.</source>
        <translation>該服務帳戶無權以 {address} 的身分寄信。請在 Google 管理控制台的「全網域委派」中為它加入 https://www.googleapis.com/auth/gmail.send 權限範圍，或改用 SMTP 寄送。</translation>
    </message>
    <message>
        <source>{address} has no mailbox at {provider} to send from (it may have no mail licence). Give it one in the admin console, or send by SMTP from another mailbox.</source>
        <translation>{address} 在 {provider} 沒有可用來寄信的信箱（可能未指派信箱授權）。請在管理後台為其指派，或改用其他信箱透過 SMTP 寄送。</translation>
    </message>
    <message>
        <source>{address} has reached {provider}&apos;s daily sending limit. Sending can go on in about a day: click Send then, and no one gets theirs twice.</source>
        <translation>{address} 已達 {provider} 的每日寄信上限。大約一天後可以繼續：屆時再按一次寄出即可，不會有人收到兩次。</translation>
    </message>
    <message>
        <source>{provider} asked MailWizard to slow down several times. Wait a few minutes and click Send: no one gets theirs twice.</source>
        <translation>{provider} 多次要求 MailWizard 放慢速度。請等幾分鐘再按寄出，不會有人收到兩次。</translation>
    </message>
    <message>
        <source>{sent} sent, then {provider} stopped answering. Click Send to send the rest when it is back; no one gets theirs twice.</source>
        <translation>已寄出 {sent} 封，之後 {provider} 停止回應。等它恢復後再按一次寄出，即可寄出其餘邀請，不會有人收到兩次。</translation>
    </message>
    <message>
        <source>the provider refused this message; check the personal email</source>
        <translation>服務商拒絕了這封郵件，請檢查個人電子郵件地址</translation>
    </message>
    <message>
        <source>Your DNS host did not accept this key: it may be mistyped, expired or deleted. Copy it again from the host&apos;s console (or make a new one as the guide shows) and paste it here. Nothing was changed.</source>
        <translation>您的 DNS 代管商不接受這組金鑰：可能輸入錯誤、已過期或已被刪除。請從代管商的主控台重新複製（或依照指南建立新的），再貼到這裡。沒有做任何變更。</translation>
    </message>
    <message>
        <source>This key may not change your domain&apos;s DNS records (it may only read them, or it is for another domain). Give it permission to edit DNS for this domain as the guide shows, then try again. Nothing was changed.</source>
        <translation>這組金鑰無權變更您網域的 DNS 紀錄（可能只能讀取，或屬於另一個網域）。請依照指南授予它編輯此網域 DNS 的權限，然後再試一次。沒有做任何變更。</translation>
    </message>
    <message>
        <source>The account this key belongs to does not hold your domain. Check that the domain is in this account at your DNS host, or use a key from the account that holds it. Nothing was changed.</source>
        <translation>這組金鑰所屬的帳號下沒有您的網域。請確認網域在 DNS 代管商的這個帳號中，或改用持有該網域之帳號的金鑰。沒有做任何變更。</translation>
    </message>
    <message>
        <source>Your DNS host says this record is there already in another form. Click Preview again to see the zone as it is now.</source>
        <translation>您的 DNS 代管商表示這筆紀錄已以另一種形式存在。請再按一次「預覽」，查看目前的紀錄。</translation>
    </message>
    <message>
        <source>Your DNS host asked MailWizard to slow down. Wait a minute, then click Apply again: what is done already is not done twice.</source>
        <translation>您的 DNS 代管商要求 MailWizard 放慢速度。請稍候一分鐘，再按一次「套用」：已完成的變更不會重複執行。</translation>
    </message>
    <message>
        <source>Your DNS host does not offer its API to this account (GoDaddy, for example, only opens it to larger accounts). Add the records by hand with the table below instead. Nothing was changed.</source>
        <translation>您的 DNS 代管商不對這個帳號開放 API（例如 GoDaddy 只對較大的帳號開放）。請改用下方表格手動新增紀錄。沒有做任何變更。</translation>
    </message>
    <message>
        <source>Your DNS host refused one of the records. The records applied so far stay; click Undo to put everything back, or add the rest by hand with the table below.</source>
        <translation>您的 DNS 代管商拒絕了其中一筆紀錄。已套用的紀錄會保留；按一下「復原」可全部恢復原狀，或用下方表格手動新增其餘紀錄。</translation>
    </message>
    <message>
        <source>Your DNS host&apos;s API could not be reached. Check the internet connection and try again. Nothing was changed by this attempt.</source>
        <translation>無法連線到您的 DNS 代管商的 API。請檢查網路連線後再試一次。這次嘗試沒有做任何變更。</translation>
    </message>
    <message>
        <source>Your DNS host did not answer whether a change was made. Click Apply again: MailWizard reads the zone first and finishes only what is missing, never twice.</source>
        <translation>您的 DNS 代管商沒有回覆變更是否已完成。請再按一次「套用」：MailWizard 會先讀取紀錄，只補上缺少的部分，絕不重複變更。</translation>
    </message>
    <message>
        <source>Your DNS host had a problem of its own. Wait a few minutes and click Apply again: what is done already is not done twice.</source>
        <translation>您的 DNS 代管商本身發生問題。請等幾分鐘後再按一次「套用」：已完成的變更不會重複執行。</translation>
    </message>
    <message>
        <source>The records at your DNS host changed since the preview, so nothing more was applied. Look at the new preview and confirm again.</source>
        <translation>預覽之後，您在 DNS 代管商的紀錄有了變動，所以沒有繼續套用。請查看新的預覽並再次確認。</translation>
    </message>
    <message>
        <source>MailWizard could not save its backup on this computer, so it changed nothing more. Free some disk space and click Apply again.</source>
        <translation>MailWizard 無法在這台電腦上儲存備份，因此沒有繼續變更。請釋出一些磁碟空間，然後再按一次「套用」。</translation>
    </message>
    <message>
        <source>MailWizard needs your DNS host&apos;s API key first. Follow the guide to make one and paste it.</source>
        <translation>MailWizard 需要先取得您的 DNS 代管商的 API 金鑰。請依照指南建立一組並貼到這裡。</translation>
    </message>
    <message>
        <source>MailWizard cannot change records at this DNS host for you. Add them by hand with the table below.</source>
        <translation>MailWizard 無法替您變更這家 DNS 代管商的紀錄。請用下方表格手動新增。</translation>
    </message>
    <message>
        <source>Click Preview first: nothing is changed before you have seen and confirmed the changes.</source>
        <translation>請先按一下「預覽」：在您檢視並確認變更之前，不會做任何更動。</translation>
    </message>
    <message>
        <source>There is nothing to undo: MailWizard has not changed this domain&apos;s records.</source>
        <translation>沒有可復原的內容：MailWizard 尚未變更這個網域的紀錄。</translation>
    </message>
    <message>
        <source>The {type} record for {name} is left out: its value has not come from your email provider yet. Connect the provider or paste the value, then preview again.</source>
        <translation>{name} 的 {type} 紀錄暫不新增：郵件服務商尚未提供它的值。請連線服務商或貼上該值，然後重新預覽。</translation>
    </message>
    <message>
        <source>Delivers your email to your new provider.</source>
        <translation>將您的郵件投遞到新的郵件服務商。</translation>
    </message>
    <message>
        <source>Lets your new provider send mail for your domain (SPF).</source>
        <translation>允許新的郵件服務商以您的網域寄送郵件（SPF）。</translation>
    </message>
    <message>
        <source>Proves to your provider that the domain is yours.</source>
        <translation>向郵件服務商證明這個網域屬於您。</translation>
    </message>
    <message>
        <source>Signs your outgoing mail so receivers can trust it (DKIM).</source>
        <translation>為您寄出的郵件簽章，讓收件方可以信任它（DKIM）。</translation>
    </message>
    <message>
        <source>Tells receivers what to do with mail that fails the checks (DMARC).</source>
        <translation>告訴收件方如何處理未通過驗證的郵件（DMARC）。</translation>
    </message>
    <message>
        <source>A record your provider needs.</source>
        <translation>郵件服務商需要的一筆紀錄。</translation>
    </message>
    <message>
        <source>Your SPF record gets your new provider added; everyone it allowed before is still allowed. A domain may have only one SPF record.</source>
        <translation>在您的 SPF 紀錄中加入新的郵件服務商；之前允許的寄件方仍然允許。一個網域只能有一筆 SPF 紀錄。</translation>
    </message>
    <message>
        <source>Your DMARC record cannot be read by mail servers, so it is replaced with one that can.</source>
        <translation>郵件伺服器無法讀取您的 DMARC 紀錄，因此改為可讀取的紀錄。</translation>
    </message>
    <message>
        <source>Removed: it sends your email to the old service ({host}). It goes only after the new MX records are in place.</source>
        <translation>刪除：它會把您的郵件送往舊的服務（{host}）。新的 MX 紀錄就位後才會刪除它。</translation>
    </message>
    <message>
        <source>Removed: a second SPF record makes every SPF check fail. What it allowed is kept in the merged record.</source>
        <translation>刪除：第二筆 SPF 紀錄會讓所有 SPF 檢查失敗。它允許的寄件方已合併到保留的紀錄中。</translation>
    </message>
    <message>
        <source>Removed: a CNAME record at {name} (pointing to {target}) leaves no room for the mail record that must live there.</source>
        <translation>刪除：{name} 上的 CNAME 紀錄（指向 {target}）佔用了該名稱，必須放在那裡的郵件紀錄無法新增。</translation>
    </message>
    <message>
        <source>MailWizard: the records for {domain} arrived</source>
        <translation>MailWizard：{domain} 的紀錄已生效</translation>
    </message>
    <message>
        <source>All the email records have arrived — you can go on with the set-up in MailWizard.</source>
        <translation>所有電子郵件紀錄都已生效——您可以在 MailWizard 中繼續設定。</translation>
    </message>
    <message>
        <source>MailWizard: check the DNS of {domain}</source>
        <translation>MailWizard：請檢查 {domain} 的 DNS</translation>
    </message>
    <message>
        <source>Something changed in your DNS: {reasons} Open MailWizard to see the records to change.</source>
        <translation>您的 DNS 有變動：{reasons} 請開啟 MailWizard 查看需要修改的紀錄。</translation>
    </message>
    <message>
        <source>MailWizard could not read who has signed in. Check the internet connection and click Check again; nothing was changed.</source>
        <translation>MailWizard 無法讀取誰已登入。請檢查網路連線，然後按一下「再次檢查」；沒有做任何變更。</translation>
    </message>
    <message>
        <source>{provider} does not tell other programs who has signed in, so MailWizard cannot show it. You can still send a reminder to everyone, or look in {provider}&apos;s console.</source>
        <translation>{provider} 不向其他程式提供誰已登入的資訊，因此 MailWizard 無法顯示。您仍然可以傳送提醒給所有人，或在 {provider} 的管理主控台查看。</translation>
    </message>
    <message>
        <source>This person has no personal email address in the list, so no reminder could be sent. Add one on the Members step, or tell them in person.</source>
        <translation>此人在名單中沒有個人電子郵件地址，因此無法傳送提醒。請在「成員」步驟中新增，或當面告訴對方。</translation>
    </message>
    <message>
        <source>The mail server did not confirm this reminder: it may have arrived. MailWizard does not send it again by itself; ask the person, or click Remind again to send a new one.</source>
        <translation>郵件伺服器沒有確認這封提醒：它可能已經送達。MailWizard 不會自行重寄；請詢問本人，或再次按一下「提醒」傳送一封新的。</translation>
    </message>
    <message>
        <source>{provider} did not answer whether the new temporary password was set, so no reminder was sent to this person. Click Remind again to set a new one and send it.</source>
        <translation>{provider} 沒有回應新的臨時密碼是否已設定，因此沒有傳送提醒給此人。請再按一下「提醒」，設定新密碼並傳送。</translation>
    </message>
    <message>
        <source>This person is not in the staff spreadsheet you gave ({staff_file}). If they have left, they can still sign in and read company mail.</source>
        <translation>此人不在您提供的員工名單試算表（{staff_file}）中。如果已經離職，他仍然可以登入並讀取公司郵件。</translation>
    </message>
    <message>
        <source>Every message to this account is also sent on to {to}, outside the company. Company mail can leak this way.</source>
        <translation>寄到這個帳號的每封郵件都會同時轉寄到公司外部的 {to}。公司郵件可能因此外洩。</translation>
    </message>
    <message>
        <source>This account can manage the company&apos;s email ({role}): it can change other people&apos;s accounts and settings. The fewer administrators, the safer.</source>
        <translation>這個帳號可以管理公司信箱（{role}）：能變更其他人的帳號與設定。管理員越少越安全。</translation>
    </message>
    <message>
        <source>The account was made {days} days ago and nobody has signed in to it yet.</source>
        <translation>這個帳號是 {days} 天前建立的，至今還沒有人登入過。</translation>
    </message>
    <message>
        <source>This person has signed in but still uses the temporary password, which was written down or sent by email.</source>
        <translation>此人已經登入過，但仍在使用臨時密碼，而這組密碼曾寫在紙上或透過電子郵件寄送過。</translation>
    </message>
    <message>
        <source>The mailbox is {share} full ({used} of {quota}). When it is full, new mail no longer arrives.</source>
        <translation>信箱已使用 {share}（{quota} 中的 {used}）。信箱滿了以後，新郵件將無法送達。</translation>
    </message>
    <message>
        <source>Nobody can sign in to this account. It may still count as a paid account at {provider}.</source>
        <translation>這個帳號已無法登入，但在{provider}可能仍以付費帳號計費。</translation>
    </message>
    <message>
        <source>Nobody has signed in to this account for {days} days.</source>
        <translation>這個帳號已經 {days} 天沒有人登入了。</translation>
    </message>
    <message>
        <source>If they have left, suspend the account: nobody can sign in, and the mail is kept.</source>
        <translation>如果此人已離職，請停用這個帳號：停用後無法登入，郵件會保留。</translation>
    </message>
    <message>
        <source>The account is suspended already: nobody can sign in, and the mail is kept. If the person has left for good, delete the account in {provider}&apos;s admin console to stop paying for it.</source>
        <translation>該帳號已停用：任何人都無法登入，郵件仍會保留。如果此人已確定離職，請在 {provider} 的管理主控台刪除該帳號，以免繼續付費。</translation>
    </message>
    <message>
        <source>Unless you know why it is there, remove the forwarding.</source>
        <translation>除非您清楚設定這個轉寄的原因，否則請停止轉寄。</translation>
    </message>
    <message>
        <source>If this person does not look after the company&apos;s email, remove the administrator role. They keep their mailbox.</source>
        <translation>如果此人並不負責管理公司信箱，請移除其管理員角色。他的信箱會保留。</translation>
    </message>
    <message>
        <source>Ask the person, or send a reminder from the Summary. If nobody needs the account, delete it in {provider}&apos;s admin console.</source>
        <translation>請詢問本人，或在「摘要」頁寄送提醒。如果沒有人需要這個帳號，請在{provider}管理後台刪除它。</translation>
    </message>
    <message>
        <source>Ask the person to choose their own password now.</source>
        <translation>請此人現在就設定自己的密碼。</translation>
    </message>
    <message>
        <source>Ask the person to delete old mail, or give the mailbox more space in {provider}&apos;s admin console.</source>
        <translation>請此人刪除舊郵件，或在{provider}管理後台為該信箱增加容量。</translation>
    </message>
    <message>
        <source>If the person has left for good, delete the account in {provider}&apos;s admin console to stop paying for it.</source>
        <translation>如果此人已確定離職，請在{provider}管理後台刪除這個帳號，以免繼續付費。</translation>
    </message>
    <message>
        <source>Ask whether the account is still needed; if not, suspend it.</source>
        <translation>請確認這個帳號是否還需要；如果不需要，請停用它。</translation>
    </message>
    <message>
        <source>MailWizard could not read the accounts. Check the internet connection and click Check again; nothing was changed.</source>
        <translation>MailWizard 無法讀取帳號。請檢查網路連線，然後按一下「再查一次」；沒有做任何變更。</translation>
    </message>
    <message>
        <source>MailWizard is not signed in to {provider} just now, so it cannot read the accounts. Sign in again on step 3 (DNS records), then click Check again.</source>
        <translation>MailWizard 目前沒有登入{provider}，因此無法讀取帳號。請在第 3 步（DNS 紀錄）重新登入，然後按一下「再查一次」。</translation>
    </message>
    <message>
        <source>{provider} does not let MailWizard do this with the sign-in it has. Do it in {provider}&apos;s admin console instead; nothing was changed.</source>
        <translation>以 MailWizard 目前的登入權限，{provider}不允許執行此操作。請改在{provider}管理後台中操作；沒有做任何變更。</translation>
    </message>
    <message>
        <source>This is the account MailWizard is signed in with: changing it could lock you out. If it must change, ask another administrator to do it in the admin console.</source>
        <translation>這是 MailWizard 正在使用的登入帳號：變更它可能會把您自己鎖在外面。如果確實需要變更，請另一位管理員在管理後台操作。</translation>
    </message>
    <message>
        <source>MailWizard cannot undo this: the answer to the change was lost, so it does not know exactly what to put back. If it must be undone, do it in {provider}&apos;s admin console.</source>
        <translation>MailWizard 無法復原此操作：變更時服務商的回覆遺失了，因此不確定該還原哪些內容。如果必須復原，請在{provider}管理後台操作。</translation>
    </message>
    <message>
        <source>No names or email addresses were found in this spreadsheet. Choose the file that lists your staff, with a column of names or of email addresses.</source>
        <translation>這個試算表中沒有找到姓名或電子郵件地址。請選擇列有員工的檔案，其中要有一欄姓名或一欄電子郵件地址。</translation>
    </message>
    <message>
        <source>As it should be.</source>
        <translation>正常。</translation>
    </message>
    <message>
        <source>Just changed: on its way to the rest of the internet.</source>
        <translation>剛剛修改過：正在傳播到整個網際網路。</translation>
    </message>
    <message>
        <source>Could not be read (no answer from the DNS servers). Check again later.</source>
        <translation>無法讀取（DNS 伺服器沒有回應）。請稍後再檢查。</translation>
    </message>
    <message>
        <source>Not checked: MailWizard does not have the value {provider} gave for it.</source>
        <translation>未核對：MailWizard 沒有 {provider} 提供的這項值。</translation>
    </message>
    <message>
        <source>Gone: mail to the domain cannot be delivered. Add the MX records {provider} needs again: {expected}.</source>
        <translation>已被刪除：寄往這個網域的郵件無法送達。請重新新增 {provider} 需要的 MX 記錄：{expected}。</translation>
    </message>
    <message>
        <source>Changed: mail may go elsewhere. Found {found}; {provider} needs {expected}.</source>
        <translation>已被修改：郵件可能會送到別處。現在是 {found}；{provider} 需要的是 {expected}。</translation>
    </message>
    <message>
        <source>Gone: other mail servers may treat your mail as spam. Add {expected} to the domain&apos;s SPF record again.</source>
        <translation>已被刪除：其他郵件伺服器可能會把你們的郵件當成垃圾郵件。請把 {expected} 重新加入網域的 SPF 記錄。</translation>
    </message>
    <message>
        <source>Changed: it no longer names {provider} ({expected}). Found: {found}.</source>
        <translation>已被修改：記錄中不再包含 {provider}（{expected}）。現在是：{found}。</translation>
    </message>
    <message>
        <source>There are {count} SPF records: receivers then ignore them all. Merge them into one.</source>
        <translation>現在有 {count} 筆 SPF 記錄：收件方會把它們全部忽略。請合併成一筆。</translation>
    </message>
    <message>
        <source>The SPF record now needs {count} look-ups, more than the 10 receivers allow, so it fails everywhere. Remove services that no longer send mail for you.</source>
        <translation>SPF 記錄現在需要 {count} 次查詢，超過收件方允許的 10 次，因此在所有地方都會失敗。請刪除已經不再替你們寄信的服務。</translation>
    </message>
    <message>
        <source>Gone: mail is no longer signed. Add the DKIM record from {provider} again.</source>
        <translation>已被刪除：郵件不再有簽章。請從 {provider} 重新複製 DKIM 記錄並新增。</translation>
    </message>
    <message>
        <source>Changed: it no longer matches the key {provider} signs with, so signed mail fails. Copy the current value from {provider} again.</source>
        <translation>已被修改：與 {provider} 簽章用的金鑰不一致，有簽章的郵件會驗證失敗。請從 {provider} 重新複製目前的值。</translation>
    </message>
    <message>
        <source>There is none: anyone can send mail that pretends to come from the domain. See the next step below.</source>
        <translation>沒有 DMARC 記錄：任何人都可以冒用這個網域寄信。請看下面的下一步。</translation>
    </message>
    <message>
        <source>Written in a way mail servers cannot read ({part}), so it is ignored. See the next step below.</source>
        <translation>寫法有誤，郵件伺服器無法讀取（{part}），因此被忽略。請看下面的下一步。</translation>
    </message>
    <message>
        <source>There are {count} DMARC records: receivers then ignore them all. Keep one.</source>
        <translation>現在有 {count} 筆 DMARC 記錄：收件方會把它們全部忽略。請只保留一筆。</translation>
    </message>
    <message>
        <source>Another record (an alias to {target}) hides it. Remove that alias.</source>
        <translation>被另一筆記錄（指向 {target} 的別名）擋住了。請刪除那筆別名記錄。</translation>
    </message>
    <message>
        <source>There is no working DMARC record. Publish this one at {name}: it only watches (nothing is blocked) and sends daily reports to {rua}. After a few weeks of reports, the next review suggests the following step.</source>
        <translation>沒有可用的 DMARC 記錄。請在 {name} 發布這一筆：它只做觀察（不會攔截任何郵件），並每天把報告寄到 {rua}。收到幾週的報告後，下次檢查會建議下一步。</translation>
    </message>
    <message>
        <source>Your DMARC record only watches (p=none): mail that pretends to come from your domain is still delivered. When the reports sent to {rua} have shown for a few weeks that every real sender passes — {provider}, and any newsletter, shop or billing service that sends as your domain — replace the record at {name} with the one shown. Receivers will then put failing mail in the spam folder. Do not take this step before the reports show no real sender failing: its mail would land in spam too.</source>
        <translation>你們的 DMARC 記錄目前只做觀察（p=none）：冒用你們網域的郵件仍會被投遞。當寄到 {rua} 的報告連續幾週顯示所有真正的寄件方都能通過——包括 {provider}，以及以你們網域寄信的電子報、網路商店或帳單服務——再把 {name} 的記錄換成顯示的這一筆。之後收件方會把驗證失敗的郵件放進垃圾郵件匣。報告顯示仍有真正的寄件方失敗之前，請不要這樣做：否則它寄的郵件也會進垃圾郵件匣。</translation>
    </message>
    <message>
        <source>MailWizard could not check the mail records. Check the internet connection and try again; nothing was changed.</source>
        <translation>MailWizard 無法核對郵件記錄。請檢查網路連線後重試；沒有做任何變更。</translation>
    </message>
    <message>
        <source>There is no domain to check yet: finish the Domain step first.</source>
        <translation>還沒有可以核對的網域：請先完成「網域」這一步。</translation>
    </message>
    <message>
        <source>The review report could not be saved there. Choose another folder (one you can write to, with free space) and try again.</source>
        <translation>無法把檢查報告儲存到那裡。請選擇另一個資料夾（可以寫入、且有剩餘空間的），然後重試。</translation>
    </message>
    <message>
        <source>That folder is not there any more. Choose another folder and try again.</source>
        <translation>那個資料夾已經不存在了。請選擇另一個資料夾後重試。</translation>
    </message>
    <message>
        <source>MailWizard&apos;s window has this saved work open. Do the review there, or close the window and run the command again.</source>
        <translation>MailWizard 的視窗正開著這份儲存的工作。請在視窗中進行檢查，或關閉視窗後再執行這個指令。</translation>
    </message>
    <message>
        <source>MailWizard is not signed in to the provider, so it cannot set signatures for you. Save the files instead: each member gets their signature with steps for their mail program.</source>
        <translation>MailWizard 尚未登入服務商，無法替您設定簽名。請改為儲存檔案：每位成員都會得到自己的簽名，以及在所用郵件程式中設定的步驟。</translation>
    </message>
    <message>
        <source>This provider offers no way for MailWizard to set signatures or auto-replies. Save the files instead: each member gets their signature with steps for their mail program.</source>
        <translation>這家服務商沒有提供讓 MailWizard 設定簽名或自動回覆的方式。請改為儲存檔案：每位成員都會得到自己的簽名，以及在所用郵件程式中設定的步驟。</translation>
    </message>
    <message>
        <source>Google lets an app change other people&apos;s Gmail settings only through a service account with domain-wide delegation. You signed in with the browser: connect with a service account, or save the files instead.</source>
        <translation>Google 只允許應用程式透過已取得全網域委派的服務帳戶變更他人的 Gmail 設定。您是用瀏覽器登入的：請改用服務帳戶連線，或改為儲存檔案。</translation>
    </message>
    <message>
        <source>Microsoft 365 has no way for an app to set Outlook signatures. Save the files instead: each member gets their signature with steps for their mail program.</source>
        <translation>Microsoft 365 沒有讓應用程式設定 Outlook 簽名的方式。請改為儲存檔案：每位成員都會得到自己的簽名，以及在所用郵件程式中設定的步驟。</translation>
    </message>
    <message>
        <source>With your own sign-in, Microsoft lets MailWizard set the auto-reply of your own mailbox only. Members set theirs with the steps in the files, or an Exchange administrator sets it in the Exchange admin center.</source>
        <translation>使用您本人的登入，Microsoft 只允許 MailWizard 設定您自己信箱的自動回覆。其他成員可依檔案中的步驟自行設定，或由 Exchange 系統管理員在 Exchange 系統管理中心設定。</translation>
    </message>
    <message>
        <source>One of the auto-reply&apos;s dates is not a date. Choose the first and last day again.</source>
        <translation>自動回覆的日期有一個無效。請重新選擇開始和結束日期。</translation>
    </message>
    <message>
        <source>The auto-reply ends before it starts. Choose a last day after the first day.</source>
        <translation>自動回覆的結束日期早於開始日期。請選擇晚於開始日期的結束日期。</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was lost, and reading the mailbox shows it was not changed. Click Install again: it is sent once more for this member only.</source>
        <translation>服務商的回應遺失了，讀取信箱後發現並未變更。請再按一次「安裝」：只會為這位成員再傳送一次。</translation>
    </message>
    <message>
        <source>There is nobody to make a signature for yet. Add members (with their addresses) first.</source>
        <translation>還沒有可以製作簽名的成員。請先新增成員（含電子郵件地址）。</translation>
    </message>
    <message>
        <source>The files could not be saved in {folder}. Check that the folder exists, that you may write there and that the disk is not full, then try again.</source>
        <translation>無法將檔案儲存到 {folder}。請檢查該資料夾是否存在、您是否有寫入權限，以及磁碟是否已滿，然後再試一次。</translation>
    </message>
    <message>
        <source>Something went wrong while setting the signatures. Nothing else was changed; try again.</source>
        <translation>設定簽名時發生錯誤。其他內容均未變更，請再試一次。</translation>
    </message>
    <message>
        <source>The logo file is too big to put in every email (at most 48 KB). Use a smaller picture, or the address of the logo on the company&apos;s website.</source>
        <translation>標誌檔案太大，不適合放進每封郵件（最大 48 KB）。請使用較小的圖片，或使用公司網站上標誌的網址。</translation>
    </message>
    <message>
        <source>The logo could not be read. Choose a PNG, JPEG or GIF picture.</source>
        <translation>無法讀取標誌。請選擇 PNG、JPEG 或 GIF 圖片。</translation>
    </message>
    <message>
        <source>The old server refused this login and password. Check both (the login is often the whole email address).</source>
        <translation>舊伺服器拒絕了這個帳號和密碼。請檢查兩者（帳號通常是完整的電子郵件地址）。</translation>
    </message>
    <message>
        <source>The old server refused the password. This service wants an app password (授权码, authorization code) from its settings instead of the normal password: see the note under the service.</source>
        <translation>舊伺服器拒絕了密碼。這個服務要求使用在其設定中產生的應用程式專用密碼（授權碼），而不是平常的登入密碼：請查看該服務下方的說明。</translation>
    </message>
    <message>
        <source>This service no longer accepts a password from other programs, so MailWizard cannot sign in to it. Let the new provider import the mail, or move it with a mail program.</source>
        <translation>這個服務已不再接受其他程式用密碼登入，因此 MailWizard 無法登入。請讓新服務商匯入郵件，或用郵件程式搬移郵件。</translation>
    </message>
    <message>
        <source>The old server offers no encrypted connection here, so MailWizard did not send the password. Check the port and security setting (993 with SSL is the usual one).</source>
        <translation>舊伺服器在這裡沒有提供加密連線，因此 MailWizard 沒有傳送密碼。請檢查連接埠和加密方式（通常是 993 連接埠加 SSL）。</translation>
    </message>
    <message>
        <source>The old server&apos;s certificate is not trusted (or is for another name), so MailWizard did not send the password. Check the server&apos;s address; its administrator may need to renew the certificate.</source>
        <translation>舊伺服器的憑證不受信任（或屬於其他名稱），因此 MailWizard 沒有傳送密碼。請檢查伺服器位址；可能需要其管理員更新憑證。</translation>
    </message>
    <message>
        <source>Nothing answered at this address and port. Check the server&apos;s address and port, and that this computer can reach the internet.</source>
        <translation>這個位址和連接埠沒有回應。請檢查伺服器位址和連接埠，以及這台電腦能否連上網際網路。</translation>
    </message>
    <message>
        <source>The login worked, but the old service does not let mail programs in: turn on IMAP in its settings (and allow this kind of sign-in), then check again.</source>
        <translation>登入成功了，但舊服務不允許郵件程式存取：請在其設定中開啟 IMAP（並允許這種登入方式），然後再檢查一次。</translation>
    </message>
    <message>
        <source>The old server is busy or not available just now. Try again in a few minutes.</source>
        <translation>舊伺服器目前忙碌或暫時無法使用。請過幾分鐘再試。</translation>
    </message>
    <message>
        <source>Something answered, but not a mail (IMAP) server. Check the port and security setting.</source>
        <translation>有程式回應了，但不是郵件（IMAP）伺服器。請檢查連接埠和加密方式。</translation>
    </message>
    <message>
        <source>Enter the old server&apos;s address and port.</source>
        <translation>請輸入舊伺服器的位址和連接埠。</translation>
    </message>
    <message>
        <source>Enter a login and password for the old mailbox.</source>
        <translation>請輸入舊郵箱的帳號和密碼。</translation>
    </message>
    <message>
        <source>This provider takes no migration file from MailWizard.</source>
        <translation>這個服務商不接受 MailWizard 產生的遷移檔案。</translation>
    </message>
    <message>
        <source>There is nobody to put in the file: add the members&apos; old logins first.</source>
        <translation>檔案裡還沒有人：請先填寫成員的舊帳號。</translation>
    </message>
    <message>
        <source>{address}: the new address, the old login and the old password are all needed.</source>
        <translation>{address}：新位址、舊帳號和舊密碼都必須填寫。</translation>
    </message>
    <message>
        <source>{address}: the old login or password contains a line break, which the file cannot hold.</source>
        <translation>{address}：舊帳號或密碼中含有換行字元，檔案無法容納。</translation>
    </message>
    <message>
        <source>{address}: Google&apos;s file takes no commas or quotation marks, and the old login must be a whole email address. Change that password on the old service, or let MailWizard copy this mailbox.</source>
        <translation>{address}：Google 的檔案不能包含逗號或引號，且舊帳號必須是完整的電子郵件地址。請在舊服務中變更該密碼，或讓 MailWizard 複製這個郵箱。</translation>
    </message>
    <message>
        <source>{address} is in the list twice.</source>
        <translation>{address} 在清單中出現了兩次。</translation>
    </message>
    <message>
        <source>Microsoft 365 takes at most 50,000 mailboxes in one file: split the list.</source>
        <translation>Microsoft 365 的一個檔案最多只能包含 50,000 個郵箱：請拆分清單。</translation>
    </message>
    <message>
        <source>Microsoft 365 takes files of at most 10 MB: split the list.</source>
        <translation>Microsoft 365 只接受不超過 10 MB 的檔案：請拆分清單。</translation>
    </message>
    <message>
        <source>This provider runs no migration of its own: MailWizard copies the mail itself.</source>
        <translation>這個服務商不提供自己的遷移服務：由 MailWizard 自行複製郵件。</translation>
    </message>
    <message>
        <source>The file could not be saved in {path}. Choose another folder.</source>
        <translation>無法將檔案儲存到 {path}。請選擇其他資料夾。</translation>
    </message>
    <message>
        <source>The file {path} could not be removed. Delete it yourself: it holds the old passwords.</source>
        <translation>無法刪除檔案 {path}。請自行刪除：裡面有舊密碼。</translation>
    </message>
    <message>
        <source>Make sure every member&apos;s Microsoft 365 mailbox exists: an IMAP migration copies into existing mailboxes only.</source>
        <translation>請確認每位成員的 Microsoft 365 郵箱都已存在：IMAP 遷移只會複製到既有的郵箱中。</translation>
    </message>
    <message>
        <source>Open the Exchange admin center (admin.exchange.microsoft.com) and sign in as an administrator.</source>
        <translation>開啟 Exchange 系統管理中心（admin.exchange.microsoft.com），以管理員身分登入。</translation>
    </message>
    <message>
        <source>Go to Migration → Add migration batch. Name the batch, choose “Migration to Exchange Online”, then the migration type “IMAP migration”.</source>
        <translation>進入「移轉 → 新增移轉批次」。為批次命名，選擇「移轉到 Exchange Online」，再選擇移轉類型「IMAP 移轉」。</translation>
    </message>
    <message>
        <source>Create a migration endpoint for the old server: IMAP server {host}, port {port}, encryption {security}.</source>
        <translation>為舊伺服器建立移轉端點：IMAP 伺服器 {host}，連接埠 {port}，加密方式 {security}。</translation>
    </message>
    <message>
        <source>Upload the CSV file MailWizard saved (EmailAddress, UserName, Password).</source>
        <translation>上傳 MailWizard 儲存的 CSV 檔案（EmailAddress、UserName、Password）。</translation>
    </message>
    <message>
        <source>Start the batch and follow its progress on the Migration page.</source>
        <translation>啟動批次，並在「移轉」頁面查看進度。</translation>
    </message>
    <message>
        <source>Open the Google Admin console (admin.google.com) as a super administrator and go to Menu → Data → Data import &amp; export → Data migration.</source>
        <translation>以超級管理員身分開啟 Google 管理控制台（admin.google.com），進入「選單 → 資料 → 資料匯入與匯出 → 資料遷移」。</translation>
    </message>
    <message>
        <source>For IMAP, click “Migrate”, enter the IMAP server {host} (port {port}, {security}) and click “Test connection”.</source>
        <translation>在 IMAP 處點選「遷移」，填寫 IMAP 伺服器 {host}（連接埠 {port}，{security}），然後點選「測試連線」。</translation>
    </message>
    <message>
        <source>Choose “Bulk upload with CSV”, then “Attach file”, and pick the file MailWizard saved.</source>
        <translation>選擇「使用 CSV 大量上傳」，再選擇「附加檔案」，選取 MailWizard 儲存的檔案。</translation>
    </message>
    <message>
        <source>Choose “Upload and start migration” and follow its progress on the Data migration page.</source>
        <translation>選擇「上傳並開始遷移」，並在「資料遷移」頁面查看進度。</translation>
    </message>
    <message>
        <source>Once the console has taken the file, remove it here: it holds the old passwords.</source>
        <translation>控制台讀取檔案後，請在這裡刪除它：裡面有舊密碼。</translation>
    </message>
    <message>
        <source>At least {hours} hours before the switch, lower the TTL of the MX records from {ttl} to {low} seconds at your DNS host, so that the world forgets the old servers quickly.</source>
        <translation>在切換前至少 {hours} 小時，到 DNS 服務商處把 MX 記錄的 TTL 從 {ttl} 秒降到 {low} 秒，讓各地儘快忘掉舊伺服器。</translation>
    </message>
    <message>
        <source>The domain&apos;s MX records could not be read. A day before the switch, lower their TTL to {low} seconds at your DNS host.</source>
        <translation>無法讀取這個網域的 MX 記錄。請在切換前一天，到 DNS 服務商處把它們的 TTL 降到 {low} 秒。</translation>
    </message>
    <message>
        <source>Copy the old mail in before the switch: the bulk of it, while everyone still uses the old mailboxes.</source>
        <translation>在切換前先把舊郵件複製進來：在大家還使用舊郵箱時，先複製大部分郵件。</translation>
    </message>
    <message>
        <source>Switch: change the MX records to the new provider&apos;s. Within about {ttl} seconds, new mail arrives in the new mailboxes.</source>
        <translation>切換：把 MX 記錄改成新服務商的。大約 {ttl} 秒內，新郵件就會進入新郵箱。</translation>
    </message>
    <message>
        <source>Keep the old mailboxes open for {days} more days: mail from servers that still remember the old records, or that retry later, lands there.</source>
        <translation>舊郵箱再保留 {days} 天：仍記著舊記錄的伺服器或稍後重試的伺服器寄來的郵件，會落到那裡。</translation>
    </message>
    <message>
        <source>Then copy once more: only what arrived in the old mailboxes since is added, nothing twice. After that the old service can be closed.</source>
        <translation>然後再複製一次：只會加入之後到達舊郵箱的郵件，不會重複。之後就可以關閉舊服務了。</translation>
    </message>
    <message>
        <source>When all is well, set the MX records&apos; TTL back to {ttl} seconds.</source>
        <translation>一切正常後，把 MX 記錄的 TTL 改回 {ttl} 秒。</translation>
    </message>
    <message>
        <source>Enter the company&apos;s domain first.</source>
        <translation>請先輸入公司的網域。</translation>
    </message>
    <message>
        <source>The domain&apos;s MX records could not be read just now. Try again in a moment.</source>
        <translation>暫時無法讀取這個網域的 MX 記錄。請稍後再試。</translation>
    </message>
    <message>
        <source>The old mail server did not accept this sign-in. Check the old login and password; many services (QQ Mail, 163, Gmail…) need an app password (授权码) made in their settings, not the password you sign in with on the web.</source>
        <translation>舊郵件伺服器不接受此登入。請檢查舊的登入名稱和密碼；許多服務（QQ 郵箱、163、Gmail 等）需要在其設定中產生的授權碼（應用程式專用密碼），而不是網頁登入用的密碼。</translation>
    </message>
    <message>
        <source>The new mailbox did not accept this sign-in. Check the new address and its password, and that IMAP is turned on for it in the provider&apos;s console. Microsoft 365 no longer accepts a password here, and Google Workspace only an app password: with them, use the provider&apos;s own migration (MailWizard prepares its file).</source>
        <translation>新信箱不接受此登入。請檢查新地址及其密碼，並在服務商的管理主控台確認該信箱已開啟 IMAP。Microsoft 365 已不再接受在這裡使用密碼，Google Workspace 只接受應用程式密碼：使用它們時，請改用服務商內建的搬移功能（MailWizard 會準備所需的檔案）。</translation>
    </message>
    <message>
        <source>The old mail server offers no encrypted connection, so the password was not sent. Ask for its IMAP server with SSL/TLS (usually port 993).</source>
        <translation>舊郵件伺服器不提供加密連線，因此沒有傳送密碼。請使用支援 SSL/TLS 的 IMAP 伺服器（通常是 993 連接埠）。</translation>
    </message>
    <message>
        <source>The new mail server offers no encrypted connection, so the password was not sent.</source>
        <translation>新郵件伺服器不提供加密連線，因此沒有傳送密碼。</translation>
    </message>
    <message>
        <source>The old mail server&apos;s certificate could not be trusted, so nothing was sent. Check the server name; a company&apos;s own server may need a proper certificate.</source>
        <translation>無法信任舊郵件伺服器的憑證，因此沒有傳送任何內容。請檢查伺服器名稱；公司自建的伺服器可能需要正式的憑證。</translation>
    </message>
    <message>
        <source>The new mail server&apos;s certificate could not be trusted, so nothing was sent. Check the computer&apos;s date and time.</source>
        <translation>無法信任新郵件伺服器的憑證，因此沒有傳送任何內容。請檢查電腦的日期和時間。</translation>
    </message>
    <message>
        <source>The old mail server could not be reached. Check the server name and port and the internet connection, then try again.</source>
        <translation>無法連線到舊郵件伺服器。請檢查伺服器名稱、連接埠和網路連線，然後重試。</translation>
    </message>
    <message>
        <source>The new mail server could not be reached. Check the internet connection, then try again.</source>
        <translation>無法連線到新郵件伺服器。請檢查網路連線，然後重試。</translation>
    </message>
    <message>
        <source>The connection to a mail server was lost several times in a row. What was copied stays; try again later and the copy carries on where it stopped.</source>
        <translation>與郵件伺服器的連線連續多次中斷。已複製的郵件會保留；請稍後重試，複製會從中斷處繼續。</translation>
    </message>
    <message>
        <source>The new mailbox is full, so the rest could not be copied. Nothing was lost: the old mailbox is unchanged. Give this person more storage in the provider&apos;s console, then copy again.</source>
        <translation>新信箱已滿，其餘郵件無法複製。沒有遺失任何郵件：舊信箱保持不變。請在服務商的管理主控台為此人增加儲存空間，然後重新複製。</translation>
    </message>
    <message>
        <source>A mail server refused part of the copy. What was copied stays; the details are in the log. Try again later.</source>
        <translation>郵件伺服器拒絕了部分複製。已複製的郵件會保留；詳細資訊請見記錄檔。請稍後重試。</translation>
    </message>
    <message>
        <source>A password for this person&apos;s old or new mailbox is missing. Type it again and start the copy.</source>
        <translation>缺少此人舊信箱或新信箱的密碼。請重新輸入，然後開始複製。</translation>
    </message>
    <message>
        <source>MailWizard does not know the new provider&apos;s IMAP server, so it cannot copy the mail itself. Use the provider&apos;s own migration tool.</source>
        <translation>MailWizard 不知道新服務商的 IMAP 伺服器，因此無法自行複製郵件。請使用服務商內建的搬移工具。</translation>
    </message>
    <message>
        <source>The new server refused a few messages (usually because they are too big for it); everything else was copied. Those messages are still in the old mailbox; Start tries only them again.</source>
        <translation>新伺服器拒收了少數郵件（通常是因為郵件太大）；其他郵件都已複製。這些郵件仍在舊信箱中；再次按「開始複製」時只會重新嘗試這幾封。</translation>
    </message>
    <message>
        <source>Google did not let MailWizard open this person&apos;s new mailbox. MailWizard copies into Google Workspace with the organisation&apos;s service account: connect with it, and in the Admin console go to Security &gt; Access and data control &gt; API controls &gt; Domain-wide delegation, and add the scope https://mail.google.com/ to its client ID. IMAP must also be on for this person (Apps &gt; Google Workspace &gt; Gmail &gt; End user access).</source>
        <translation>Google 不允許 MailWizard 開啟此人的新信箱。MailWizard 透過組織的服務帳戶將郵件複製到 Google Workspace：請用它連線，並在管理控制台的「安全性 &gt; 存取權與資料控管 &gt; API 控制項 &gt; 全網域委派」中為它的用戶端 ID 加入權限範圍 https://mail.google.com/。此人的 IMAP 也必須開啟（「應用程式 &gt; Google Workspace &gt; Gmail &gt; 使用者存取權」）。</translation>
    </message>
    <message>
        <source>You cannot open this person&apos;s new mailbox yet. In the Exchange admin center go to Recipients &gt; Mailboxes, choose the person, then Delegation &gt; Read and manage (Full Access) &gt; Edit, and add yourself. It can take up to an hour to work; then start the copy again.</source>
        <translation>您還不能開啟此人的新信箱。請在 Exchange 系統管理中心開啟「收件者 &gt; 信箱」，選擇此人，再按「委派 &gt; 讀取及管理 (完整存取權) &gt; 編輯」，把您自己加進去。最多可能要一小時才會生效，之後再重新開始複製。</translation>
    </message>
    <message>
        <source>{provider} did not accept MailWizard&apos;s sign-in to the new mailboxes. Disconnect and sign in to {provider} again on the Provider step (MailWizard now also asks to open mailboxes over IMAP), then start the copy again.</source>
        <translation>{provider} 不接受 MailWizard 對新信箱的登入。請在「郵件服務商」步驟中斷連線後重新登入 {provider}（MailWizard 現在也會要求透過 IMAP 開啟信箱的權限），然後重新開始複製。</translation>
    </message>
    <message>
        <source>MailWizard copies into {provider} through your sign-in: connect to {provider} on the Provider step first, then start the copy.</source>
        <translation>MailWizard 透過您的登入將郵件複製到 {provider}：請先在「郵件服務商」步驟連線 {provider}，再開始複製。</translation>
    </message>
    <message>
        <source>The copy stopped unexpectedly. What was copied stays; start it again to carry on.</source>
        <translation>複製意外停止。已複製的郵件會保留；重新開始即可從中斷處繼續。</translation>
    </message>
    <message>
        <source>“{address}” cannot be an email address. Before the @ use only lower-case letters a–z, digits and . _ - (not at the start or end, no two dots in a row), at most 64 characters.</source>
        <translation>「{address}」不能當作電子郵件地址。@ 前面只能用小寫字母 a–z、數字和 . _ -（不能放在開頭或結尾，也不能連續兩個點），最多 64 個字元。</translation>
    </message>
    <message>
        <source>{address} is already {member}&apos;s own address. Choose another name for it.</source>
        <translation>{address} 已經是 {member} 本人的信箱地址。請換一個名稱。</translation>
    </message>
    <message>
        <source>{address} is in the list of shared addresses twice. Remove one of them or rename it.</source>
        <translation>{address} 在共用地址清單中出現了兩次。請刪除其中一個或幫它改名。</translation>
    </message>
    <message>
        <source>{address} is already an alias of {member}. An address can belong to one mailbox or list only: remove it from the aliases or choose another name.</source>
        <translation>{address} 已經是 {member} 的別名。一個地址只能屬於一個信箱或一個郵件群組：請把它從別名中刪除，或換一個名稱。</translation>
    </message>
    <message>
        <source>Nobody receives the mail sent to {address}. Tick at least one member who should.</source>
        <translation>寄到 {address} 的郵件沒有人收。請至少勾選一位應該收信的成員。</translation>
    </message>
    <message>
        <source>{recipient} should receive the mail to {address}, but is not in the member list any more. Untick them or add them to the list again.</source>
        <translation>{recipient} 被設為接收 {address} 的郵件，但已不在成員清單中。請取消勾選，或把這個人重新加入清單。</translation>
    </message>
    <message>
        <source>{member} has {count} aliases; the provider allows {limit} per person. Remove some of them or make them a shared address instead.</source>
        <translation>{member} 有 {count} 個別名，但服務商每人最多只允許 {limit} 個。請刪除一些，或改成共用地址。</translation>
    </message>
    <message>
        <source>The provider does not let MailWizard make a shared address with “{chars}” in the part before the @ ({address}). Choose a name without it, for example with “-” instead.</source>
        <translation>服務商不允許 MailWizard 建立 @ 前面含有「{chars}」的共用地址（{address}）。請換一個不含它的名稱，例如改用「-」。</translation>
    </message>
    <message>
        <source>The name of {address} is too long for the provider (at most {limit} bytes: about a third as many Chinese characters). Shorten it.</source>
        <translation>{address} 的名稱對服務商來說太長了（最多 {limit} 個位元組，約為這個數目三分之一的中文字）。請縮短它。</translation>
    </message>
    <message>
        <source>{address} is kept for the mail system itself (reports about mail delivery and abuse). Choose another name.</source>
        <translation>{address} 是保留給郵件系統本身使用的（用於郵件投遞和濫用檢舉）。請換一個名稱。</translation>
    </message>
    <message>
        <source>{address} exists at the provider already ({what}), and MailWizard did not make it. Choose another name, or remove the existing one in the provider&apos;s console first.</source>
        <translation>服務商那邊已經有 {address}（{what}），而且不是 MailWizard 建立的。請換一個名稱，或先在服務商的管理後台刪除現有的那個。</translation>
    </message>
    <message>
        <source>a person&apos;s mailbox</source>
        <translation>某個人的信箱</translation>
    </message>
    <message>
        <source>a group</source>
        <translation>一個郵件群組</translation>
    </message>
    <message>
        <source>an alias of another mailbox</source>
        <translation>另一個信箱的別名</translation>
    </message>
</context>
<context>
    <name>MoreEntry</name>
    <message>
        <source>Bring the mail from the company&apos;s old email service into the new mailboxes, and switch the domain&apos;s mail over safely.</source>
        <translation>把公司舊郵件服務中的郵件搬進新信箱，並安全地切換網域的郵件。</translation>
    </message>
    <message>
        <source>Move old mail &amp;in…</source>
        <translation>搬入舊郵件(&amp;I)…</translation>
    </message>
    <message>
        <source>Give everyone the same company signature, and set a leave auto-reply.</source>
        <translation>為所有人設定統一的公司簽名，並設定休假自動回覆。</translation>
    </message>
    <message>
        <source>&amp;Signatures and auto-replies…</source>
        <translation>簽名和自動回覆(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>MovingWindow</name>
    <message>
        <source>The old mail server is on this computer, with an old mailbox for every login (any password works), and the copy goes into the practice mailboxes. Nothing real is copied.</source>
        <translation>舊郵件伺服器就在本機上，每個登入名稱都有一個舊信箱（任何密碼都可以），郵件會複製到練習用的新信箱中。不會複製任何真實郵件。</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>練習</translation>
    </message>
    <message>
        <source>First check the old server on tab 1.</source>
        <translation>請先在第 1 頁檢查舊伺服器。</translation>
    </message>
    <message>
        <source>Type at least one person&apos;s old login and passwords on tab 2.</source>
        <translation>請在第 2 頁至少填寫一個人的舊登入名稱和密碼。</translation>
    </message>
    <message>
        <source>{problem} (The server said: {detail})</source>
        <translation>{problem}（伺服器回應：{detail}）</translation>
    </message>
    <message>
        <source>Type at least one person&apos;s old login and password above first.</source>
        <translation>請先在上方至少填寫一個人的舊登入名稱和密碼。</translation>
    </message>
    <message>
        <source>Save the migration file</source>
        <translation>儲存遷移檔案</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV 檔案</translation>
    </message>
    <message>
        <source>The domain&apos;s mail already goes to {provider}.</source>
        <translation>網域的郵件已經送往 {provider}。</translation>
    </message>
    <message>
        <source>{domain} has no mail (MX) record yet, or it could not be read.</source>
        <translation>{domain} 還沒有郵件（MX）記錄，或者無法讀取。</translation>
    </message>
    <message>
        <source>Other mail servers remember where {domain}&apos;s mail goes for {time} now. To switch without losing mail:</source>
        <translation>目前其他郵件伺服器會把 {domain} 的郵件去向記住 {time}。要切換而不遺失郵件：</translation>
    </message>
    <message>
        <source>Move old mail in — MailWizard</source>
        <translation>搬入舊郵件 — MailWizard</translation>
    </message>
    <message>
        <source>Move the old mail in</source>
        <translation>搬入舊郵件</translation>
    </message>
    <message>
        <source>Copy everyone&apos;s mail from the service the company used until now into the new mailboxes, with its folders, dates and read/unread marks. Nothing is deleted from the old service.</source>
        <translation>把每個人在公司原來所用服務中的郵件複製到新信箱，保留資料夾、日期和已讀／未讀標記。舊服務中的郵件不會被刪除。</translation>
    </message>
    <message>
        <source>&amp;1 Old service</source>
        <translation>舊郵件服務(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2 People</source>
        <translation>人員(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3 Copy</source>
        <translation>複製(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;4 Switching over</source>
        <translation>切換(&amp;4)</translation>
    </message>
    <message>
        <source>&amp;3 Switching over</source>
        <translation>切換(&amp;3)</translation>
    </message>
</context>
<context>
    <name>PeopleBox</name>
    <message>
        <source>Saved {path} for {n} people. It holds their old passwords: upload it as the steps below say, then remove it.</source>
        <translation>已為 {n} 人儲存 {path}。檔案中含有他們的舊密碼：請依下方步驟上傳，然後刪除它。</translation>
    </message>
    <message>
        <source>The file was overwritten and deleted.</source>
        <translation>檔案已被覆寫並刪除。</translation>
    </message>
    <message>
        <source>Type each person&apos;s old login and password: {provider} signs in to the old service with them. Leave a row empty to skip that person.</source>
        <translation>填寫每個人的舊登入名稱和密碼：{provider} 會用它們登入舊服務。某列留空則略過此人。</translation>
    </message>
    <message>
        <source>Type each person&apos;s old login and password (ask them, or reset it on the old service). MailWizard opens the new mailboxes with your sign-in to {provider}, as below, and keeps the old passwords only until that person&apos;s mail is copied. Leave a row empty to skip that person.</source>
        <translation>請填寫每個人的舊登入名稱和密碼（向本人詢問，或在舊服務上重設）。MailWizard 會依下方說明用您對 {provider} 的登入開啟新信箱，舊密碼只保留到此人的郵件複製完成為止。留空某一列即略過此人。</translation>
    </message>
    <message>
        <source>Type each person&apos;s old login and password (ask them, or reset it on the old service), and the password of their new mailbox where MailWizard does not know it. MailWizard keeps these passwords only until that person&apos;s mail is copied. Leave a row empty to skip that person.</source>
        <translation>填寫每個人的舊登入名稱和密碼（問本人，或在舊服務中重設），以及 MailWizard 不知道的新信箱密碼。MailWizard 只在此人的郵件複製完之前保留這些密碼。某列留空則略過此人。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>新地址</translation>
    </message>
    <message>
        <source>Old login</source>
        <translation>舊登入名稱</translation>
    </message>
    <message>
        <source>Old password</source>
        <translation>舊密碼</translation>
    </message>
    <message>
        <source>New mailbox&apos;s password</source>
        <translation>新信箱密碼</translation>
    </message>
    <message>
        <source>Old login of {name}</source>
        <translation>{name} 的舊登入名稱</translation>
    </message>
    <message>
        <source>usually their old email address</source>
        <translation>通常是其舊電子郵件地址</translation>
    </message>
    <message>
        <source>Old password of {name}</source>
        <translation>{name} 的舊密碼</translation>
    </message>
    <message>
        <source>New mailbox&apos;s password of {name}</source>
        <translation>{name} 的新信箱密碼</translation>
    </message>
    <message>
        <source>known to MailWizard</source>
        <translation>MailWizard 已知道</translation>
    </message>
    <message>
        <source>Each person&apos;s logins and passwords</source>
        <translation>每個人的登入名稱和密碼</translation>
    </message>
    <message>
        <source>Sa&amp;ve the migration file…</source>
        <translation>儲存遷移檔案(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Delete the file</source>
        <translation>刪除檔案(&amp;D)</translation>
    </message>
    <message>
        <source>Type the logins and passwords above, save the file, then follow the steps below. The passwords go only into the file.</source>
        <translation>在上方填寫登入名稱和密碼，儲存檔案，然後依下方步驟操作。密碼只寫入檔案。</translation>
    </message>
</context>
<context>
    <name>PracticeDnsHostDialog</name>
    <message>
        <source>Practice DNS host — {domain}</source>
        <translation>練習用 DNS 代管商 — {domain}</translation>
    </message>
    <message>
        <source>This stands in for your DNS host&apos;s control panel (DNSPod, Alibaba Cloud DNS, GoDaddy…). Add the records the DNS step lists, then click Save. As at a real host, the practice public DNS servers see the change a little later.</source>
        <translation>這裡模擬您的 DNS 代管商主控台（DNSPod、阿里雲解析、GoDaddy 等）。新增 DNS 步驟中列出的紀錄，然後按一下「儲存」。和真實的 DNS 代管商一樣，練習用的公共 DNS 要稍後才會看到變更。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主機名稱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>紀錄類型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>紀錄值</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Records at the practice DNS host</source>
        <translation>練習用 DNS 代管商中的記錄</translation>
    </message>
    <message>
        <source>&amp;Add record</source>
        <translation>新增紀錄(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Row {row}: “{value}” is not a valid value for a {type} record. Copy it again from the DNS step.</source>
        <translation>第 {row} 列：「{value}」不是有效的 {type} 紀錄值。請從 DNS 步驟重新複製。</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Choose your email provider</source>
        <translation>選擇郵件服務商</translation>
    </message>
    <message>
        <source>Tell us how many people need a mailbox and what you can spend. We compare the plans and suggest one; click a row to choose it.</source>
        <translation>請告訴我們有多少人需要信箱，以及您的預算。我們會比較各個方案並推薦一個；點選表格中的一列即可選擇。</translation>
    </message>
    <message>
        <source>People who need a mailbox:</source>
        <translation>需要信箱的人數：</translation>
    </message>
    <message>
        <source>Budget per month:</source>
        <translation>每月預算：</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Where most of your staff work:</source>
        <translation>大部分員工的工作地點：</translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation>中國大陸</translation>
    </message>
    <message>
        <source>Elsewhere (Taiwan, Hong Kong, abroad)</source>
        <translation>其他地區（台灣、香港、海外）</translation>
    </message>
    <message>
        <source>Provider and plan</source>
        <translation>服務商與方案</translation>
    </message>
    <message>
        <source>Spam protection</source>
        <translation>垃圾郵件防護</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>帳號建立</translation>
    </message>
    <message>
        <source>&amp;Practise first…</source>
        <translation>先練習一下(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Choose this plan</source>
        <translation>選擇這個方案(&amp;C)</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>每月費用</translation>
    </message>
    <message>
        <source>Max people</source>
        <translation>人數上限</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>客戶支援</translation>
    </message>
    <message>
        <source>Fits your needs</source>
        <translation>是否符合需求</translation>
    </message>
    <message>
        <source>Check current price</source>
        <translation>查看最新價格</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>待確認</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推薦</translation>
    </message>
    <message>
        <source>Too few accounts</source>
        <translation>帳號數不足</translation>
    </message>
    <message>
        <source>Price to check</source>
        <translation>價格待確認</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超出預算</translation>
    </message>
    <message>
        <source>Spam filter</source>
        <translation>垃圾郵件過濾</translation>
    </message>
    <message>
        <source>Not sure yet? Walk through every step first with a practice provider on this computer: no real accounts, nothing to buy, and your set-up here stays as it is.</source>
        <translation>還沒決定？可以先用本機上的練習用郵件服務商把每一步走一遍：不建立真實帳號，不必購買任何服務，這裡的設定也維持不變。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Storage
per person</source>
        <translation>每人容量</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>資料存放地</translation>
    </message>
    <message>
        <source>Check user limit</source>
        <translation>人數上限待確認</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>No plan chosen yet. Click a row in the table to choose it.</source>
        <translation>尚未選擇方案。請點選表格中的一列來選擇。</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>{text} — {note}</source>
        <translation>{text}——{note}</translation>
    </message>
    <message>
        <source>{text} {note}</source>
        <translation>{text}{note}</translation>
    </message>
    <message>
        <source>{text} · {source}</source>
        <translation>{text}（{source}）</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>not confirmed — &lt;a href=&quot;{url}&quot;&gt;check current price&lt;/a&gt;</source>
        <translation>未確認 — &lt;a href=&quot;{url}&quot;&gt;查看最新價格&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{url}&quot;&gt;Provider&apos;s website&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{url}&quot;&gt;服務商網站&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Import members</source>
        <translation>匯入成員</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>試算表</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Connect to {provider}</source>
        <translation>連線到 {provider}</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>用戶端識別碼：</translation>
    </message>
    <message>
        <source>MailWizard signs in through your organisation&apos;s app registration. Ask whoever manages your {provider} account for an OAuth client of type &quot;Desktop app&quot;: its client ID and its client secret.

Both are kept in your computer&apos;s password store.</source>
        <translation>MailWizard 會透過您組織的應用程式註冊來登入。請向負責管理您 {provider} 帳號的人員索取類型為「Desktop app」（電腦版應用程式）的 OAuth 用戶端：它的用戶端識別碼和用戶端密碼。

這兩項都會儲存在您電腦的系統密碼庫中。</translation>
    </message>
    <message>
        <source>MailWizard signs in through your organisation&apos;s app registration. Ask whoever manages your {provider} account for the app registration&apos;s Application (client) ID, with &quot;Allow public client flows&quot; on and http://127.0.0.1 as a redirect URI.

It is kept in your computer&apos;s password store.</source>
        <translation>MailWizard 會透過您組織的應用程式註冊來登入。請向負責管理您 {provider} 帳號的人員索取應用程式註冊的 Application (client) ID，該應用程式註冊需開啟「Allow public client flows」，並將 http://127.0.0.1 新增為重新導向 URI。

它會儲存在您電腦的系統密碼庫中。</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>用戶端密碼：</translation>
    </message>
    <message>
        <source>Choose &amp;key file…</source>
        <translation>選擇金鑰檔案(&amp;K)…</translation>
    </message>
    <message>
        <source>an administrator&apos;s address, e.g. admin@yourcompany.com</source>
        <translation>管理員的電子郵件地址，例如 admin@yourcompany.com</translation>
    </message>
    <message>
        <source>Service account key:</source>
        <translation>服務帳戶金鑰：</translation>
    </message>
    <message>
        <source>Act as administrator:</source>
        <translation>代表的管理員：</translation>
    </message>
    <message>
        <source>Or, if your organisation does not allow signing in this way: its own service account with domain-wide delegation (Google Workspace only).</source>
        <translation>如果貴公司不允許這樣登入，也可以使用貴公司自己、已啟用全網域委派的服務帳戶（僅限 Google Workspace）。</translation>
    </message>
    <message>
        <source>&amp;Sign in in my browser</source>
        <translation>在瀏覽器中登入(&amp;S)</translation>
    </message>
    <message>
        <source>Service account key</source>
        <translation>服務帳戶金鑰</translation>
    </message>
</context>
<context>
    <name>RemindDialog</name>
    <message>
        <source>Remind the people who have not signed in</source>
        <translation>提醒尚未登入的人</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>另有 {n} 人</translation>
    </message>
    <message>
        <source>MailWizard will send the invitation again to this person, in their language:</source>
        <translation>MailWizard 將以此人的語言再次寄送邀請給：</translation>
    </message>
    <message>
        <source>MailWizard will send the invitation again to these {n} people, each in their language:</source>
        <translation>MailWizard 將以各自的語言再次寄送邀請給以下 {n} 人：</translation>
    </message>
    <message>
        <source>Also give them a new temporary &amp;password</source>
        <translation>同時給他們新的臨時密碼(&amp;P)</translation>
    </message>
    <message>
        <source>Choose this if they have lost the first one. Their old temporary password then stops working, and the reminder carries the new one.</source>
        <translation>如果對方遺失了第一組臨時密碼，請選擇此項。舊的臨時密碼將失效，提醒郵件中會附上新密碼。</translation>
    </message>
    <message>
        <source>Send the &amp;reminders</source>
        <translation>寄出提醒(&amp;R)</translation>
    </message>
    <message>
        <source>Send the &amp;reminder</source>
        <translation>寄出提醒(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Everyone (e.g. a company holiday)</source>
        <translation>所有人（例如公司放假）</translation>
    </message>
    <message>
        <source>MailWizard can turn it on at the provider for the dates above; it turns itself off after the last day.</source>
        <translation>MailWizard 可以在服務商處為上面的日期開啟自動回覆；最後一天過後會自動關閉。</translation>
    </message>
    <message>
        <source>{why} The files on tab 2 hold each person&apos;s auto-reply text too.</source>
        <translation>{why} 第 2 頁儲存的檔案中也有每個人的自動回覆內容。</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手動設定</translation>
    </message>
    <message>
        <source>Turning it on…</source>
        <translation>正在開啟…</translation>
    </message>
    <message>
        <source>&amp;Who is away:</source>
        <translation>誰不在(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>從(&amp;F)：</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主旨(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>內容(&amp;M)：</translation>
    </message>
    <message>
        <source>Meanwhile, &amp;contact:</source>
        <translation>期間請聯絡(&amp;C)：</translation>
    </message>
    <message>
        <source>u&amp;ntil</source>
        <translation>至(&amp;N)</translation>
    </message>
    <message>
        <source>empty: the usual wording, in each person&apos;s language</source>
        <translation>留空：使用標準文字，依每個人的語言</translation>
    </message>
    <message>
        <source>Leave empty for the usual wording, in each person&apos;s language.</source>
        <translation>留空則使用標準文字，依每個人的語言顯示。</translation>
    </message>
    <message>
        <source>an address to write to while they are away (optional)</source>
        <translation>不在期間可聯絡的電子郵件地址（可不填）</translation>
    </message>
    <message>
        <source>In your own wording, {name}, {start}, {end}, {company} and {contact} are filled in for each person.</source>
        <translation>在自己寫的內容中，{name}、{start}、{end}、{company} 和 {contact} 會依每個人自動填入。</translation>
    </message>
    <message>
        <source>What senders get &amp;back (for the first person when it is for everyone):</source>
        <translation>寄件人會收到的回覆(&amp;B)（對所有人設定時顯示第一個人的）：</translation>
    </message>
    <message>
        <source>&amp;Turn it on for these dates</source>
        <translation>在這些日期開啟(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>The accounts have not been read yet.</source>
        <translation>尚未讀取帳號。</translation>
    </message>
    <message>
        <source>{provider} does not report {facts}, so those columns say “not reported”. Its admin console may show them.</source>
        <translation>{provider}不提供{facts}，因此這些欄位顯示「未提供」。其管理後台中也許可以看到。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>MailWizard&apos;s sign-in may not read {facts} yet (it needs the permission {needed}). Sign in to {provider} again on step 3 (DNS records), then click Check again.</source>
        <translation>MailWizard 目前的登入還不能讀取{facts}（需要權限 {needed}）。請在第 3 步（DNS 記錄）重新登入 {provider}，然後按一下「再查一次」。</translation>
    </message>
    <message>
        <source>{n} accounts, as {provider} reports them. Accounts with something to look at come first, in bold.</source>
        <translation>{provider}提供的 {n} 個帳號。需要查看的帳號排在最前面，以粗體顯示。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>電子郵件地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登入</translation>
    </message>
    <message>
        <source>Administrator roles</source>
        <translation>管理員角色</translation>
    </message>
    <message>
        <source>Other addresses</source>
        <translation>其他地址</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>轉寄到</translation>
    </message>
    <message>
        <source>Mailbox use</source>
        <translation>信箱用量</translation>
    </message>
    <message>
        <source>Every account</source>
        <translation>所有帳號</translation>
    </message>
    <message>
        <source>This is practice: only practice mode&apos;s own accounts change.</source>
        <translation>這是練習：只會變更練習模式自己的帳號。</translation>
    </message>
    <message>
        <source>The change is made at {provider} as soon as you confirm.</source>
        <translation>您確認後，{provider}上的設定會立即變更。</translation>
    </message>
    <message>
        <source>{what}: {who}</source>
        <translation>{what}：{who}</translation>
    </message>
    <message>
        <source>What to do: {todo}</source>
        <translation>怎麼做：{todo}</translation>
    </message>
    <message>
        <source>{action} ({who})</source>
        <translation>{action}（{who}）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Undo ({who})</source>
        <translation>復原（{who}）</translation>
    </message>
    <message>
        <source>Changing it now…</source>
        <translation>正在變更…</translation>
    </message>
    <message>
        <source>Putting it back…</source>
        <translation>正在還原…</translation>
    </message>
    <message>
        <source>MailWizard cannot undo this one: the answer to the change was lost, so it does not know exactly what to put back. If needed, put it back in {provider}&apos;s admin console.</source>
        <translation>MailWizard 無法復原這一項：變更時服務商的回覆遺失了，因此不確定該還原哪些內容。如有需要，請在{provider}管理後台還原。</translation>
    </message>
    <message>
        <source>{provider} did not answer, so MailWizard cannot tell whether this was done. It does not try again by itself: click Check again to see the account as it is now.</source>
        <translation>{provider}沒有回覆，所以 MailWizard 無法確定是否已經完成。它不會自動重試：請按一下「再查一次」查看帳號目前的狀態。</translation>
    </message>
    <message>
        <source>Nothing to look at: every account looks as it should.</source>
        <translation>沒有需要處理的事項：所有帳號都正常。</translation>
    </message>
    <message>
        <source>Things to look at</source>
        <translation>需要查看的事項</translation>
    </message>
    <message>
        <source>the practice provider</source>
        <translation>練習用服務商</translation>
    </message>
    <message>
        <source>Choose the staff spreadsheet</source>
        <translation>選擇員工名單試算表</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>試算表</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在讀取 {file}…</translation>
    </message>
    <message>
        <source>Reading every account from {provider}…</source>
        <translation>正在從{provider}讀取所有帳號…</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>尚未讀取。</translation>
    </message>
    <message>
        <source>1 thing to look at among {total} accounts (read {date}).</source>
        <translation>{total} 個帳號中有 1 項需要查看（{date} 讀取）。</translation>
    </message>
    <message>
        <source>{n} things to look at among {total} accounts (read {date}).</source>
        <translation>{total} 個帳號中有 {n} 項需要查看（{date} 讀取）。</translation>
    </message>
    <message>
        <source>All {total} accounts look as they should (read {date}).</source>
        <translation>全部 {total} 個帳號都正常（{date} 讀取）。</translation>
    </message>
    <message>
        <source>No staff spreadsheet yet. Give the latest list of staff, and MailWizard shows accounts whose person is not on it (someone who has left).</source>
        <translation>還沒有員工名單試算表。提供最新的員工名單後，MailWizard 會列出不在名單上的人的帳號（可能已離職）。</translation>
    </message>
    <message>
        <source>Staff spreadsheet: {file}, {n} people (read {date}).</source>
        <translation>員工名單試算表：{file}，共 {n} 人（{date} 讀取）。</translation>
    </message>
    <message>
        <source>&amp;To look at ({n})</source>
        <translation>需要查看（{n}）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;To look at</source>
        <translation>需要查看(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;All accounts ({n})</source>
        <translation>所有帳號（{n}）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;All accounts</source>
        <translation>所有帳號(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Mail records</source>
        <translation>郵件 DNS 紀錄(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Report and reminder</source>
        <translation>報告與提醒(&amp;R)</translation>
    </message>
    <message>
        <source>Review the accounts</source>
        <translation>檢查帳號</translation>
    </message>
    <message>
        <source>Every few months, check who has an account, who can manage the company&apos;s email, and where mail goes. MailWizard reads every account from {provider}; nothing changes there until you click a button and confirm.</source>
        <translation>每隔幾個月，檢查一下誰有帳號、誰能管理公司信箱、郵件被轉寄到哪裡。MailWizard 會從{provider}讀取所有帳號；在您按下按鈕並確認之前，不會做任何變更。</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>再查一次(&amp;G)</translation>
    </message>
    <message>
        <source>Choose the sta&amp;ff spreadsheet…</source>
        <translation>選擇員工名單試算表(&amp;F)…</translation>
    </message>
    <message>
        <source>{purpose}: {what}</source>
        <translation>{purpose}：{what}</translation>
    </message>
    <message>
        <source>The records could not be read just now: the DNS servers did not answer. Check this computer&apos;s internet connection and check again.</source>
        <translation>暫時無法讀取這些紀錄：DNS 伺服器沒有回應。請檢查這台電腦的網路連線，然後再查一次。</translation>
    </message>
    <message>
        <source>1 record has changed since the set-up (checked {date}). Fix it at your DNS host as said below.</source>
        <translation>設定完成後有 1 筆紀錄被改動了（{date} 檢查）。請依下方說明到您的 DNS 代管商修正。</translation>
    </message>
    <message>
        <source>{n} records have changed since the set-up (checked {date}). Fix them at your DNS host as said below.</source>
        <translation>設定完成後有 {n} 筆紀錄被改動了（{date} 檢查）。請依下方說明到您的 DNS 代管商修正。</translation>
    </message>
    <message>
        <source>The mail records are as your provider needs them (checked {date}).</source>
        <translation>郵件 DNS 紀錄都符合服務商的要求（{date} 檢查）。</translation>
    </message>
    <message>
        <source>Account review — MailWizard</source>
        <translation>帳號檢查 — MailWizard</translation>
    </message>
    <message>
        <source>An account review is due: the last one was on {date} (every {n} days).</source>
        <translation>該檢查帳號了：上次檢查是在 {date}（每 {n} 天一次）。</translation>
    </message>
    <message>
        <source>An account review is due: none has been done since the set-up (every {n} days).</source>
        <translation>該檢查帳號了：設定完成後還沒有檢查過（每 {n} 天一次）。</translation>
    </message>
    <message>
        <source>Accounts last reviewed on {date}; the next review is due on {next}.</source>
        <translation>上次檢查帳號是在 {date}；下次檢查時間為 {next}。</translation>
    </message>
    <message>
        <source>Every few months, review the accounts: who has left, who can manage the company&apos;s email, where mail is forwarded.</source>
        <translation>每隔幾個月檢查一次帳號：誰已離職、誰能管理公司信箱、郵件被轉寄到哪裡。</translation>
    </message>
    <message>
        <source>&amp;Review accounts…</source>
        <translation>檢查帳號(&amp;R)…</translation>
    </message>
    <message>
        <source>Checking the domain&apos;s mail records…</source>
        <translation>正在檢查網域的郵件 DNS 紀錄…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>The records at your DNS host that make company mail arrive and keep others from sending in its name, checked again: someone may have changed them since the set-up.</source>
        <translation>重新檢查您在 DNS 代管商的紀錄：這些紀錄讓公司郵件能夠送達，並防止別人冒用公司名義寄信。設定完成後可能有人改動過它們。</translation>
    </message>
    <message>
        <source>Mail records</source>
        <translation>郵件 DNS 紀錄</translation>
    </message>
    <message>
        <source>Check the records agai&amp;n</source>
        <translation>重新檢查紀錄(&amp;N)</translation>
    </message>
    <message>
        <source>Next step for DMARC: from “none” to “quarantine”</source>
        <translation>DMARC 的下一步：從「none」改為「quarantine」</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>主機名稱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>紀錄值(&amp;V)：</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未檢查。</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>正在儲存報告…</translation>
    </message>
    <message>
        <source>Choose the company&apos;s logo</source>
        <translation>選擇公司標誌</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>圖片（{patterns}）</translation>
    </message>
    <message>
        <source>Choose where to save the review report</source>
        <translation>選擇檢查報告的儲存位置</translation>
    </message>
    <message>
        <source>none: the report shows the company&apos;s name only</source>
        <translation>無：報告中只顯示公司名稱</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Saved {files} in {folder}. Keep them with the company&apos;s records.</source>
        <translation>已將 {files} 儲存到 {folder}。請與公司檔案一起保存。</translation>
    </message>
    <message>
        <source>A review is due: none has been saved since the set-up (every {n} days).</source>
        <translation>該檢查了：設定完成後還沒有儲存過檢查報告（每 {n} 天一次）。</translation>
    </message>
    <message>
        <source>The last review was on {date}: a new one is due (every {n} days).</source>
        <translation>上次檢查是在 {date}：該再檢查一次了（每 {n} 天一次）。</translation>
    </message>
    <message>
        <source>Last reviewed on {date}. MailWizard reminds you when {n} days have passed.</source>
        <translation>上次檢查是在 {date}。滿 {n} 天時 MailWizard 會提醒您。</translation>
    </message>
    <message>
        <source>The review report is a dated page with every account and what was found and done, saved as a web page (HTML) and a PDF for the company&apos;s records. Saving it marks this review as done.</source>
        <translation>檢查報告是一份註明日期的文件，列出所有帳號以及發現的問題和所做的處理，儲存為網頁（HTML）和 PDF，供公司存檔。儲存報告即表示本次檢查已完成。</translation>
    </message>
    <message>
        <source>Company &amp;logo:</source>
        <translation>公司標誌(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;hoose the logo…</source>
        <translation>選擇標誌(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Without a logo</source>
        <translation>不使用標誌(&amp;W)</translation>
    </message>
    <message>
        <source>Remind me to review e&amp;very:</source>
        <translation>提醒我檢查的間隔(&amp;V)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Save the review report…</source>
        <translation>儲存檢查報告(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>開啟資料夾(&amp;O)</translation>
    </message>
    <message>
        <source>Not in the staff spreadsheet</source>
        <translation>不在員工名單中</translation>
    </message>
    <message>
        <source>Mail forwarded outside the company</source>
        <translation>郵件被轉寄到公司外部</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation>從未登入</translation>
    </message>
    <message>
        <source>Still on the temporary password</source>
        <translation>仍在使用臨時密碼</translation>
    </message>
    <message>
        <source>Mailbox almost full</source>
        <translation>信箱快滿了</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Not used for a long time</source>
        <translation>長時間未使用</translation>
    </message>
    <message>
        <source>Suspend the account…</source>
        <translation>停用帳號…</translation>
    </message>
    <message>
        <source>Remove the administrator role…</source>
        <translation>移除管理員角色…</translation>
    </message>
    <message>
        <source>Remove the forwarding…</source>
        <translation>停止轉寄…</translation>
    </message>
    <message>
        <source>Suspend this account?</source>
        <translation>要停用這個帳號嗎？</translation>
    </message>
    <message>
        <source>Remove the administrator role?</source>
        <translation>要移除管理員角色嗎？</translation>
    </message>
    <message>
        <source>Remove the forwarding?</source>
        <translation>要停止轉寄嗎？</translation>
    </message>
    <message>
        <source>{who} will no longer be able to sign in to email on any device. Their mail is kept, and new mail still arrives.

You can undo this afterwards with Undo: the account can then sign in again.</source>
        <translation>{who} 將無法在任何裝置上登入信箱。郵件會保留，新郵件也照常送達。

之後可以按「復原」還原：帳號就能重新登入。</translation>
    </message>
    <message>
        <source>{who} will no longer be an administrator ({role}). They keep their mailbox and can still sign in.

You can undo this afterwards with Undo: MailWizard gives the role back.</source>
        <translation>{who} 將不再是管理員（{role}）。信箱會保留，也仍然可以登入。

之後可以按「復原」還原：MailWizard 會把角色重新給回。</translation>
    </message>
    <message>
        <source>Mail to {who} will no longer be sent on to {to}. Mail already sent there stays there.

You can undo this afterwards with Undo: MailWizard puts the forwarding back.</source>
        <translation>寄給 {who} 的郵件將不再轉寄到 {to}。已經轉寄過去的郵件會留在那裡。

之後可以按「復原」還原：MailWizard 會重新設定轉寄。</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>停用(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove the role</source>
        <translation>移除角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Remove the forwarding</source>
        <translation>停止轉寄(&amp;R)</translation>
    </message>
    <message>
        <source>Suspended: nobody can sign in to this account now.</source>
        <translation>已停用：現在無法登入這個帳號。</translation>
    </message>
    <message>
        <source>The administrator role was removed.</source>
        <translation>管理員角色已移除。</translation>
    </message>
    <message>
        <source>The forwarding was removed.</source>
        <translation>轉寄已停止。</translation>
    </message>
    <message>
        <source>Undone: the account can sign in again.</source>
        <translation>已復原：帳號可以重新登入了。</translation>
    </message>
    <message>
        <source>Undone: the administrator role was given back.</source>
        <translation>已復原：管理員角色已恢復。</translation>
    </message>
    <message>
        <source>Undone: the forwarding was put back.</source>
        <translation>已復原：轉寄已恢復。</translation>
    </message>
    <message>
        <source>{name} ({address})</source>
        <translation>{name}（{address}）</translation>
    </message>
    <message>
        <source>not reported by {provider}</source>
        <translation>{provider}未提供</translation>
    </message>
    <message>
        <source>whether an account is suspended</source>
        <translation>帳號是否停用</translation>
    </message>
    <message>
        <source>last sign-in</source>
        <translation>上次登入時間</translation>
    </message>
    <message>
        <source>whether the temporary password was changed</source>
        <translation>是否已變更臨時密碼</translation>
    </message>
    <message>
        <source>administrator roles</source>
        <translation>管理員角色</translation>
    </message>
    <message>
        <source>other addresses</source>
        <translation>其他地址</translation>
    </message>
    <message>
        <source>forwarding</source>
        <translation>轉寄</translation>
    </message>
    <message>
        <source>mailbox use</source>
        <translation>信箱用量</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} GB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} %</source>
        <translation>{n}%</translation>
    </message>
    <message>
        <source>{used} of {quota} ({share})</source>
        <translation>{used} / {quota}（{share}）</translation>
    </message>
    <message>
        <source>Suspended {address}</source>
        <translation>停用了 {address}</translation>
    </message>
    <message>
        <source>Removed an administrator role from {address}</source>
        <translation>移除了 {address} 的管理員角色</translation>
    </message>
    <message>
        <source>Stopped forwarding {address}&apos;s mail to {target}</source>
        <translation>停止將 {address} 的郵件轉寄到 {target}</translation>
    </message>
    <message>
        <source>{date}: {what} — putting it back…</source>
        <translation>{date}：{what} — 正在還原…</translation>
    </message>
    <message>
        <source>{date}: {what} — undone.</source>
        <translation>{date}：{what} — 已復原。</translation>
    </message>
    <message>
        <source>{date}: {what} — not known whether it was done; click Check again.</source>
        <translation>{date}：{what} — 不確定是否已完成；請按一下「再查一次」。</translation>
    </message>
    <message>
        <source>{date}: {what}.</source>
        <translation>{date}：{what}。</translation>
    </message>
    <message>
        <source>Changes made in reviews</source>
        <translation>檢查中做過的變更</translation>
    </message>
</context>
<context>
    <name>SharedEditor</name>
    <message>
        <source>The shared address</source>
        <translation>共用地址</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名稱(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. Sales team</source>
        <translation>例如：業務部</translation>
    </message>
    <message>
        <source>&amp;Who receives its mail:</source>
        <translation>誰會收到它的郵件(&amp;W)：</translation>
    </message>
    <message>
        <source>Ever&amp;yone</source>
        <translation>全選(&amp;Y)</translation>
    </message>
    <message>
        <source>Nobo&amp;dy</source>
        <translation>全不選(&amp;D)</translation>
    </message>
    <message>
        <source>Ta&amp;kes mail from outside the company (customers, suppliers)</source>
        <translation>接收公司外部的來信（客戶、供應商）(&amp;K)</translation>
    </message>
    <message>
        <source>Untick for an internal list that only colleagues can write to.</source>
        <translation>取消勾選則為內部郵件群組，只有同事才能寄信給它。</translation>
    </message>
    <message>
        <source>The part before the @: letters, digits, dots, hyphens.</source>
        <translation>@ 前面的部分：英文字母、數字、點和連字號。</translation>
    </message>
</context>
<context>
    <name>SharedPanel</name>
    <message>
        <source>&amp;Create the shared addresses</source>
        <translation>建立共用地址(&amp;C)</translation>
    </message>
    <message>
        <source>Nothing is created until the shared addresses and aliases are right ({n} to fix): each problem is said beside its row.</source>
        <translation>共用地址和別名全部正確之前不會建立任何內容（還有 {n} 處要修改）：每個問題都寫在對應那一列旁邊。</translation>
    </message>
    <message>
        <source>Shared addresses and aliases: {done} of {total}</source>
        <translation>共用地址和別名：{done} / {total}</translation>
    </message>
    <message>
        <source>A shared address such as info@ or sales@ delivers each message to several people. Tick the ones you want, then choose who receives their mail; they are created with the accounts.</source>
        <translation>info@、sales@ 這類共用地址會把每封郵件送給多個人。勾選需要的地址，再選擇由誰接收它的郵件；它們會和帳號一起建立。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>電子郵件地址</translation>
    </message>
    <message>
        <source>Mail goes to</source>
        <translation>郵件寄給</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Shared addresses</source>
        <translation>共用地址</translation>
    </message>
    <message>
        <source>Steps in the admin console</source>
        <translation>管理後台中的操作步驟</translation>
    </message>
    <message>
        <source>Add a shared add&amp;ress</source>
        <translation>新增共用地址(&amp;R)</translation>
    </message>
    <message>
        <source>Remove i&amp;t</source>
        <translation>刪除(&amp;T)</translation>
    </message>
    <message>
        <source>Ticked: created with the accounts. Unticked: left out.</source>
        <translation>勾選：和帳號一起建立。不勾選：不建立。</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚未選擇</translation>
    </message>
    <message>
        <source>{status}: {detail}</source>
        <translation>{status}：{detail}</translation>
    </message>
    <message>
        <source>Suggested: the “{department}” people in your list</source>
        <translation>建議：名單中「{department}」的人員</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Set it up in the {provider} admin console: the steps are below.</source>
        <translation>請在{provider}管理後台中設定：步驟見下方。</translation>
    </message>
    <message>
        <source>MailWizard cannot create it at {provider}: set it up in the admin console, as a group with these people in it.</source>
        <translation>MailWizard 無法在{provider}建立它：請在管理後台中建立一個郵件群組，把這些人加進去。</translation>
    </message>
    <message>
        <source>Will be created with the accounts</source>
        <translation>將和帳號一起建立</translation>
    </message>
    <message>
        <source>To set up the shared addresses in the {provider} admin console:</source>
        <translation>在{provider}管理後台設定共用地址：</translation>
    </message>
    <message>
        <source>To add the aliases in the {provider} admin console:</source>
        <translation>在{provider}管理後台新增別名：</translation>
    </message>
    <message>
        <source>To let people outside the company mail a shared address, in the {provider} admin console:</source>
        <translation>若要讓公司外部的人也能寄信到共用地址，請在{provider}管理後台：</translation>
    </message>
    <message>
        <source>{provider} does not let MailWizard set this: once the address is created, allow everyone to send to it in the admin console (the steps are below the list).</source>
        <translation>{provider}不允許 MailWizard 設定這一項：地址建立後，請在管理後台中允許所有人寄信給它（步驟在清單下方）。</translation>
    </message>
    <message>
        <source>Choose a shared address on the left to change it.</source>
        <translation>在左側選擇一個共用地址即可修改。</translation>
    </message>
    <message>
        <source>Created: change it in the admin console.</source>
        <translation>已建立：如需修改，請在管理後台中進行。</translation>
    </message>
    <message>
        <source>Tick “Add” to use this address; then you can change it here.</source>
        <translation>勾選「新增」即可使用這個地址，之後可以在這裡修改。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>沒有人</translation>
    </message>
    <message>
        <source>{names} and {n} others</source>
        <translation>{names}和另外 {n} 人</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names}和{last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已建立</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>建立中</translation>
    </message>
    <message>
        <source>Already taken at {provider} by someone else: choose another address and create again.</source>
        <translation>在{provider}已被其他人使用：請換一個地址，再按一次建立。</translation>
    </message>
    <message>
        <source>Not created: {reason}</source>
        <translation>未建立：{reason}</translation>
    </message>
    <message>
        <source>Mail to {address} reaches {people}.</source>
        <translation>寄到 {address} 的郵件會送達{people}。</translation>
    </message>
    <message>
        <source>Not yet: {people} — click Create again to add them.</source>
        <translation>還沒有：{people}——再按一次建立即可加入。</translation>
    </message>
    <message>
        <source>{address} — mail reaches {people}</source>
        <translation>{address}——郵件送達{people}</translation>
    </message>
    <message>
        <source>{address} — created; meant for {people} (the provider does not list who receives it)</source>
        <translation>{address}——已建立；應寄給{people}（服務商不列出實際收件人）</translation>
    </message>
    <message>
        <source>{address} — not created yet; meant for {people}</source>
        <translation>{address}——尚未建立；應寄給{people}</translation>
    </message>
    <message>
        <source>Mail sent to these addresses also arrives in your mailbox: {addresses}</source>
        <translation>寄到以下地址的郵件也會進入您的信箱：{addresses}</translation>
    </message>
    <message>
        <source>{address} ({name})</source>
        <translation>{address}（{name}）</translation>
    </message>
    <message>
        <source>You also receive the mail sent to: {addresses}</source>
        <translation>寄到以下地址的郵件您也會收到：{addresses}</translation>
    </message>
</context>
<context>
    <name>SignaturesWindow</name>
    <message>
        <source>the practice provider</source>
        <translation>練習用服務商</translation>
    </message>
    <message>
        <source>{address}: {problem}</source>
        <translation>{address}：{problem}</translation>
    </message>
    <message>
        <source>Not sure whether it was set for: {addresses}</source>
        <translation>不確定是否已為以下人員設定：{addresses}</translation>
    </message>
    <message>
        <source>The auto-reply is on for {n} people from {start} until {end}.</source>
        <translation>已為 {n} 人開啟自動回覆，從 {start} 至 {end}。</translation>
    </message>
    <message>
        <source>Choose the company&apos;s logo</source>
        <translation>選擇公司標誌</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Where to save the signature files</source>
        <translation>簽名檔案儲存到哪裡</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Signatures and auto-replies — MailWizard</source>
        <translation>簽名和自動回覆 — MailWizard</translation>
    </message>
    <message>
        <source>Signatures and auto-replies</source>
        <translation>簽名和自動回覆</translation>
    </message>
    <message>
        <source>Design the company signature once: each person gets it with their own name and details. Then put it in place for everyone, and set a leave auto-reply when someone is away.</source>
        <translation>公司簽名只需設計一次：每個人都會得到帶有自己姓名和資訊的簽名。然後為所有人設定好，並在有人休假時設定自動回覆。</translation>
    </message>
    <message>
        <source>&amp;1 Signature</source>
        <translation>簽名(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2 Put it in place</source>
        <translation>設定(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3 Leave auto-reply</source>
        <translation>休假自動回覆(&amp;3)</translation>
    </message>
</context>
<context>
    <name>SingleWindow</name>
    <message>
        <source>MailWizard is already open with this saved work ({path}), and its window has been brought forward. Please go on there: two windows on the same work would overwrite each other&apos;s changes.</source>
        <translation>MailWizard 已經開啟了這份進度（{path}），它的視窗已被移到最前面。請在那個視窗中繼續：兩個視窗同時處理同一份進度會互相覆寫對方的變更。</translation>
    </message>
    <message>
        <source>MailWizard is already open with this saved work ({path}), perhaps as another user or on another computer. Please go on there, or close it first: two windows on the same work would overwrite each other&apos;s changes.</source>
        <translation>MailWizard 已經開啟了這份進度（{path}），可能是另一位使用者或另一台電腦開啟的。請在那裡繼續，或先把它關閉：兩個視窗同時處理同一份進度會互相覆寫對方的變更。</translation>
    </message>
    <message>
        <source>MailWizard is already open</source>
        <translation>MailWizard 已經開啟</translation>
    </message>
    <message>
        <source>MailWizard cannot open your saved work</source>
        <translation>MailWizard 無法開啟您已儲存的進度</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <source>Checking the old server…</source>
        <translation>正在檢查舊伺服器…</translation>
    </message>
    <message>
        <source>The old server answered and the password was accepted. Next: each person&apos;s old login on tab 2.</source>
        <translation>舊伺服器已回應，密碼正確。下一步：在第 2 頁填寫每個人的舊登入名稱。</translation>
    </message>
    <message>
        <source>Open {service}</source>
        <translation>開啟{service}</translation>
    </message>
    <message>
        <source>Old email &amp;service:</source>
        <translation>舊郵件服務(&amp;S)：</translation>
    </message>
    <message>
        <source>Its mail se&amp;rver:</source>
        <translation>郵件伺服器(&amp;R)：</translation>
    </message>
    <message>
        <source>A login to check &amp;with:</source>
        <translation>用於檢查的登入名稱(&amp;W)：</translation>
    </message>
    <message>
        <source>Its &amp;password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>連接埠(&amp;O)：</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>加密方式(&amp;Y)：</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>one person&apos;s old email address or login, e.g. wang@old-company.com</source>
        <translation>某個人的舊電子郵件地址或登入名稱，例如 wang@old-company.com</translation>
    </message>
    <message>
        <source>used only for this check, not kept</source>
        <translation>只用於這次檢查，不會保存</translation>
    </message>
    <message>
        <source>&amp;Check the old server</source>
        <translation>檢查舊伺服器(&amp;C)</translation>
    </message>
    <message>
        <source>Before copying, MailWizard checks that the old server answers securely and accepts the login. It never deletes or changes anything there.</source>
        <translation>複製之前，MailWizard 會先檢查舊伺服器能否安全連線並接受登入。它絕不會刪除或更動舊伺服器上的任何內容。</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一步</translation>
    </message>
    <message>
        <source>Who copies the mail</source>
        <translation>由誰複製郵件</translation>
    </message>
    <message>
        <source>MailWizard copies it, person by person (keep this computer on until it is done)</source>
        <translation>由 MailWizard 逐人複製（複製完成前請保持這台電腦開機）</translation>
    </message>
    <message>
        <source>{provider} copies it itself: MailWizard prepares the file its admin console asks for</source>
        <translation>由 {provider} 自己複製：MailWizard 準備好其管理主控台所需的檔案</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Needs your action</source>
        <translation>需要您處理</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>發生問題</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>選用</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Provider</source>
        <translation>郵件服務商</translation>
    </message>
    <message>
        <source>Company &amp; domain</source>
        <translation>公司與網域</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>DNS 紀錄</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>邀請</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>What was set up</source>
        <translation>已完成的設定</translation>
    </message>
    <message>
        <source>This was practice: nothing was created at a real provider, and it is all forgotten when you close this window. To set up your company&apos;s email for real, start MailWizard without practice mode and choose your provider.</source>
        <translation>這是一次練習：沒有在任何真實的郵件服務商那裡建立任何內容，關閉此視窗後全部清除。要正式為公司設定信箱，請以一般方式（不使用練習模式）啟動 MailWizard，然後選擇您的郵件服務商。</translation>
    </message>
    <message>
        <source>Almost done: the accounts exist, but some DNS records still need you, so email may not arrive yet. Go back to step 3 (DNS records) and do what its “What to do” column says.</source>
        <translation>快完成了：帳號已經建立，但還有 DNS 紀錄需要您處理，可能還收不到郵件。請回到第 3 步「DNS 紀錄」，依「操作」欄處理。</translation>
    </message>
    <message>
        <source>The accounts exist, but the DNS records could not be checked just now: the DNS servers did not answer. Check this computer&apos;s internet connection; the records are checked again whenever MailWizard is open.</source>
        <translation>帳號已經建立，但現在無法檢查 DNS 紀錄：DNS 伺服器沒有回應。請檢查這台電腦的網路連線；只要 MailWizard 開著，就會再次檢查這些紀錄。</translation>
    </message>
    <message>
        <source>Your company email is set up. This is what was done; it stays saved on this computer, so you can come back to it at any time.</source>
        <translation>公司電子郵件已經設定完成。下面是已完成的項目；這些資訊儲存在這台電腦上，您隨時可以回來查看。</translation>
    </message>
    <message>
        <source>Provider and plan</source>
        <translation>服務商與方案</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>預估費用</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{url}&quot;&gt;check current price&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{url}&quot;&gt;查看最新價格&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>{name} ({ascii})</source>
        <translation>{name}（{ascii}）</translation>
    </message>
    <message>
        <source>found at practice mode&apos;s own DNS server</source>
        <translation>已在練習模式內建的 DNS 伺服器上找到</translation>
    </message>
    <message>
        <source>exists on the internet</source>
        <translation>已存在於網際網路上</translation>
    </message>
    <message>
        <source>has no DNS servers yet</source>
        <translation>還沒有 DNS 伺服器</translation>
    </message>
    <message>
        <source>not checked yet: no network</source>
        <translation>尚未檢查：沒有網路連線</translation>
    </message>
    <message>
        <source>{domain} — {status}</source>
        <translation>{domain}——{status}</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>網域</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>DNS 紀錄</translation>
    </message>
    <message>
        <source>all that mail needs is correct; optional and not added yet: {records}</source>
        <translation>郵件所需的記錄都已正確；選用、尚未新增：{records}</translation>
    </message>
    <message>
        <source>all correct</source>
        <translation>全部正確</translation>
    </message>
    <message>
        <source>1 record to add or fix on step 3</source>
        <translation>第 3 步還有 1 筆紀錄要新增或修改</translation>
    </message>
    <message>
        <source>{n} records to add or fix on step 3</source>
        <translation>第 3 步還有 {n} 筆紀錄要新增或修改</translation>
    </message>
    <message>
        <source>ownership proven; the other records are still on their way, and MailWizard checks them again whenever it is open</source>
        <translation>網域擁有權已驗證；其餘紀錄仍在生效中，MailWizard 每次開啟時都會再次檢查</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>{created} of {total} accounts exist</source>
        <translation>已有 {created} 個帳號（共 {total} 個）</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>邀請</translation>
    </message>
    <message>
        <source>not sent by email: the hand-over sheets were given out instead</source>
        <translation>未寄送郵件邀請：已改用交接單</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>全部已寄出</translation>
    </message>
    <message>
        <source>Later, to add or remove people, reset a password or change a plan, sign in to the &lt;a href=&quot;{console}&quot;&gt;{provider} admin console&lt;/a&gt; as the administrator.</source>
        <translation>日後如需新增或刪除人員、重設密碼或更換方案，請以管理員身分登入&lt;a href=&quot;{console}&quot;&gt;{provider}管理後台&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>&amp;Open the {provider} admin console</source>
        <translation>開啟{provider}管理後台(&amp;O)</translation>
    </message>
    <message>
        <source>Shared addresses</source>
        <translation>共用地址</translation>
    </message>
    <message>
        <source>{name}: {addresses}</source>
        <translation>{name}：{addresses}</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>別名</translation>
    </message>
    <message>
        <source>{cost} a month for the 1 account that exists</source>
        <translation>已有的 1 個帳號每月 {cost}</translation>
    </message>
    <message>
        <source>{cost} a month for the {n} accounts that exist</source>
        <translation>已有的 {n} 個帳號每月 {cost}</translation>
    </message>
    <message>
        <source>{cost} a month for 1 person (the number planned in step 1; no account exists yet)</source>
        <translation>1 人每月 {cost}（第 1 步規劃的人數；還沒有任何帳號）</translation>
    </message>
    <message>
        <source>{cost} a month for {n} people (the number planned in step 1; no account exists yet)</source>
        <translation>{n} 人每月 {cost}（第 1 步規劃的人數；還沒有任何帳號）</translation>
    </message>
    <message>
        <source>{status}: {detail}</source>
        <translation>{status}：{detail}</translation>
    </message>
</context>
<context>
    <name>TrayWatch</name>
    <message>
        <source>MailWizard is watching your email records</source>
        <translation>MailWizard 正在檢查您的電子郵件紀錄</translation>
    </message>
    <message>
        <source>Open MailWizard</source>
        <translation>開啟 MailWizard</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
</context>
</TS>
