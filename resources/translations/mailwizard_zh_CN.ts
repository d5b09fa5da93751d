<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessBox</name>
    <message>
        <source>Checking the new mailboxes…</source>
        <translation>正在检查新邮箱…</translation>
    </message>
    <message>
        <source>C&amp;heck which new mailboxes MailWizard can open</source>
        <translation>检查 MailWizard 能打开哪些新邮箱(&amp;H)</translation>
    </message>
    <message>
        <source>MailWizard copies into Google Workspace with your organisation&apos;s service account (connect with it on the Provider step), so no new mailbox password is needed.</source>
        <translation>MailWizard 通过贵组织的服务账号把邮件复制到 Google Workspace（请在“服务商”一步用它连接），因此不需要新邮箱的密码。</translation>
    </message>
    <message>
        <source>In the Google Admin console, open Security &gt; Access and data control &gt; API controls &gt; Domain-wide delegation, and add the scope https://mail.google.com/ to the service account&apos;s client ID (keep the scopes it already has).</source>
        <translation>在 Google 管理控制台中打开“安全性 &gt; 访问权限和数据控制 &gt; API 控制 &gt; 全网域授权”，为该服务账号的客户端 ID 加入权限范围 https://mail.google.com/（保留它已有的权限范围）。</translation>
    </message>
    <message>
        <source>MailWizard copies into Microsoft 365 with your own sign-in, so no new mailbox password is needed. You need Full Access to each person&apos;s new mailbox:</source>
        <translation>MailWizard 使用您本人的登录把邮件复制到 Microsoft 365，因此不需要新邮箱的密码。您需要对每个人的新邮箱拥有“完全访问权限”：</translation>
    </message>
    <message>
        <source>In the Exchange admin center, open Recipients &gt; Mailboxes, choose the person, then Delegation &gt; Read and manage (Full Access) &gt; Edit, and add yourself. It can take up to an hour to work.</source>
        <translation>在 Exchange 管理中心打开“收件人 &gt; 邮箱”，选择此人，然后点“委派 &gt; 读取和管理(完全访问权限) &gt; 编辑”，把您自己加进去。可能要过最多一小时才生效。</translation>
    </message>
    <message>
        <source>MailWizard can open all {n} new mailboxes.</source>
        <translation>MailWizard 能打开全部 {n} 个新邮箱。</translation>
    </message>
    <message>
        <source>MailWizard cannot open these new mailboxes yet: {who}.</source>
        <translation>MailWizard 暂时还打不开这些新邮箱：{who}。</translation>
    </message>
</context>
<context>
    <name>ActivationPanel</name>
    <message>
        <source>Not signed in yet</source>
        <translation>尚未登录</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Signed in and changed the password</source>
        <translation>已登录并修改了密码</translation>
    </message>
    <message>
        <source>Not reported by the provider</source>
        <translation>服务商未提供</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>自 {date} 起</translation>
    </message>
    <message>
        <source>invited {date} — 1 day waiting</source>
        <translation>{date} 发出邀请 — 已等 1 天</translation>
    </message>
    <message>
        <source>invited {date} — {n} days waiting</source>
        <translation>{date} 发出邀请 — 已等 {n} 天</translation>
    </message>
    <message>
        <source>invited {date}</source>
        <translation>{date} 发出邀请</translation>
    </message>
    <message>
        <source>{done} of {total} reminders sent</source>
        <translation>已发送 {done} / {total} 封提醒</translation>
    </message>
    <message>
        <source>1 reminder sent.</source>
        <translation>已发送 1 封提醒。</translation>
    </message>
    <message>
        <source>{n} reminders sent.</source>
        <translation>已发送 {n} 封提醒。</translation>
    </message>
    <message>
        <source>MailWizard cannot tell whether the reminder reached {addresses}: the mail server&apos;s answer was lost. Ask them whether it arrived before reminding them again, so nobody gets it twice.</source>
        <translation>MailWizard 无法确定提醒是否已送达 {addresses}：邮件服务器的回复丢失了。再次提醒之前，请先问问对方是否收到，以免重复发送。</translation>
    </message>
    <message>
        <source>Not sent to {address}: {why}</source>
        <translation>未能发送给 {address}：{why}</translation>
    </message>
    <message>
        <source>Checking who has signed in…</source>
        <translation>正在查看谁已登录…</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未查看。</translation>
    </message>
    <message>
        <source>Your provider does not report who has signed in, so MailWizard cannot tell. You can still send everyone a reminder.</source>
        <translation>您的邮箱服务商不提供登录记录，因此 MailWizard 无法知道谁已登录。您仍然可以给所有人发送提醒。</translation>
    </message>
    <message>
        <source>1 of {total} has signed in</source>
        <translation>{total} 人中已有 1 人登录</translation>
    </message>
    <message>
        <source>{signed} of {total} have signed in</source>
        <translation>{total} 人中已有 {signed} 人登录</translation>
    </message>
    <message>
        <source>Everyone has signed in ({n} of {n}).</source>
        <translation>所有人都已登录（{n} / {n}）。</translation>
    </message>
    <message>
        <source>Last checked {when}</source>
        <translation>上次查看：{when}</translation>
    </message>
    <message>
        <source>Re&amp;mind the 1 who has not signed in…</source>
        <translation>提醒尚未登录的 1 人(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;mind the {n} who have not signed in…</source>
        <translation>提醒尚未登录的 {n} 人(&amp;M)…</translation>
    </message>
    <message>
        <source>Who has signed in</source>
        <translation>谁已登录</translation>
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
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>The people who have not signed in yet</source>
        <translation>尚未登录的人</translation>
    </message>
</context>
<context>
    <name>AppSecretDialog</name>
    <message>
        <source>Connect to {provider}</source>
        <translation>连接到 {provider}</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>the address where your administrator signs in</source>
        <translation>管理员平时登录的网址</translation>
    </message>
    <message>
        <source>&lt;p&gt;Practice: a real provider&apos;s admin console gives you an ID and a secret for MailWizard. The practice ones are filled in below; click Connect.&lt;/p&gt;</source>
        <translation>&lt;p&gt;练习：真实服务商的管理后台会给您一个供 MailWizard 使用的 ID 和 Secret。下面已填好练习用的值，点击“连接”即可。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;MailWizard creates the accounts through Exmail&apos;s open API. You need two values from the Exmail admin console ({link}):&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sign in as the administrator and open &lt;b&gt;Toolbox → App center&lt;/b&gt; (工具箱 → 应用中心).&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;CorpID&lt;/b&gt; shown at the bottom of that page.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;Address book&lt;/b&gt; app (通讯录管理), switch it on, and copy its &lt;b&gt;Secret&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The open API comes with the Professional edition (专业版). If your console does not show it, create the accounts with the import file on the Members step instead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;MailWizard 通过腾讯企业邮的开放接口创建账号。您需要从企业邮管理后台（{link}）取得两个值：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;用管理员账号登录，打开&lt;b&gt;工具箱 → 应用中心&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;复制该页面最下方显示的 &lt;b&gt;CorpID&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;打开&lt;b&gt;通讯录管理&lt;/b&gt;应用，启用它，然后复制它的 &lt;b&gt;Secret&lt;/b&gt;。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;开放接口随专业版提供。如果您的管理后台没有这一项，请改用“成员”步骤中的导入文件创建账号。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;MailWizard creates the accounts through Alibaba Mail&apos;s API open platform. You need two values from the Alibaba Mail admin console ({link}):&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sign in as the administrator and open &lt;b&gt;Advanced features → API open platform&lt;/b&gt; (高级应用 → API开放平台).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Add app&lt;/b&gt; (添加应用), tick the permissions to read and write &lt;b&gt;users&lt;/b&gt; and &lt;b&gt;departments&lt;/b&gt; and to read &lt;b&gt;domains&lt;/b&gt;, and save.&lt;/li&gt;&lt;li&gt;Open the app again to copy its &lt;b&gt;App ID&lt;/b&gt; and &lt;b&gt;Secret&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The free edition has no API open platform; then use the import file on the Members step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;MailWizard 通过阿里邮箱的 API 开放平台创建账号。您需要从阿里邮箱管理后台（{link}）取得两个值：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;用管理员账号登录，打开&lt;b&gt;高级应用 → API开放平台&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;点击&lt;b&gt;添加应用&lt;/b&gt;，勾选&lt;b&gt;用户&lt;/b&gt;和&lt;b&gt;部门&lt;/b&gt;的读写权限以及&lt;b&gt;域名&lt;/b&gt;的读取权限，然后保存。&lt;/li&gt;&lt;li&gt;再次打开该应用，复制它的&lt;b&gt;应用 ID&lt;/b&gt; 和 &lt;b&gt;Secret&lt;/b&gt;。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;免费版没有 API 开放平台，这时请使用“成员”步骤中的导入文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CorpID:</source>
        <translation>CorpID：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where was your {provider} account opened?&lt;/b&gt;</source>
        <translation>&lt;b&gt;您的{provider}是在哪个站点开通的？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Bought on aliyun.com: Mainland China. Bought on alibabacloud.com: the site chosen when buying. An app&apos;s ID and secret work only at their own site.</source>
        <translation>在阿里云（aliyun.com）购买的：中国大陆站点。在阿里云国际站（alibabacloud.com）购买的：购买时选择的站点。应用的 ID 和 Secret 只在其所属站点有效。</translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation>应用 ID：</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret：</translation>
    </message>
    <message>
        <source>The secret is kept in your computer&apos;s password store, nowhere else. You can disconnect at any time.</source>
        <translation>Secret 只保存在本机的系统密码库中，不会存放在其他任何地方。您随时可以断开连接。</translation>
    </message>
    <message>
        <source>Mainland China (aliyun.com)</source>
        <translation>中国大陆站点（aliyun.com）</translation>
    </message>
    <message>
        <source>International: Singapore (alibabacloud.com)</source>
        <translation>国际站：新加坡（alibabacloud.com）</translation>
    </message>
    <message>
        <source>International: Hong Kong, China (alibabacloud.com)</source>
        <translation>国际站：中国香港（alibabacloud.com）</translation>
    </message>
    <message>
        <source>International: Germany (alibabacloud.com)</source>
        <translation>国际站：德国（alibabacloud.com）</translation>
    </message>
    <message>
        <source>International: United States (alibabacloud.com)</source>
        <translation>国际站：美国（alibabacloud.com）</translation>
    </message>
</context>
<context>
    <name>ConnectBox</name>
    <message>
        <source>Connecting to {provider}…</source>
        <translation>正在连接{provider}…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser… Come back here when the browser says you are done.</source>
        <translation>正在等待您在浏览器中登录。浏览器显示登录完成后，请回到这里。</translation>
    </message>
    <message>
        <source>Connected to {organisation} (ID {account}).</source>
        <translation>已连接到 {organisation}（ID {account}）。</translation>
    </message>
    <message>
        <source>Less copying by hand: connect MailWizard to {provider}</source>
        <translation>省去手动复制：将 MailWizard 连接到 {provider}</translation>
    </message>
    <message>
        <source>Signed in as {account} (organisation: {organisation}).</source>
        <translation>已使用 {account} 登录（组织：{organisation}）。</translation>
    </message>
    <message>
        <source>Connect with the ID and secret from the {provider} admin console, and MailWizard creates the accounts on the Members step for you.</source>
        <translation>用{provider}管理后台中的 ID 和 Secret 连接后，MailWizard 会在“成员”步骤中替您创建账号。</translation>
    </message>
    <message>
        <source>Sign in with an administrator account of {provider}, and MailWizard adds your domain there, fills in the values below and asks {provider} to verify the domain once the record is visible.</source>
        <translation>用 {provider} 的管理员账号登录后，MailWizard 会为您添加域名、自动填写下面的值，并在验证记录生效后请 {provider} 验证域名。</translation>
    </message>
    <message>
        <source>Connect, and MailWizard adds your domain to {provider}, fills in the values below and asks {provider} to verify the domain once the record is visible.</source>
        <translation>连接后，MailWizard 会把您的域名添加到 {provider}，自动填写下面的值，并在验证记录生效后请 {provider} 验证域名。</translation>
    </message>
    <message>
        <source>{provider} has verified {domain}.</source>
        <translation>{provider} 已验证 {domain}。</translation>
    </message>
    <message>
        <source>{provider} has not verified {domain} yet. It checks the MX records itself once they are visible; MailWizard asks again once the check below sees them.</source>
        <translation>{provider}尚未验证 {domain}。记录生效后它会自行检查 MX 记录；下方的检查看到这些记录后，MailWizard 会再次询问。</translation>
    </message>
    <message>
        <source>When the verification record is visible, MailWizard asks {provider} to verify {domain}.</source>
        <translation>验证记录生效后，MailWizard 会请 {provider} 验证 {domain}。</translation>
    </message>
    <message>
        <source>Advanced: use your organisation&apos;s own app registration…</source>
        <translation>高级：使用您组织自己的应用注册…</translation>
    </message>
    <message>
        <source>License for new mailboxes:</source>
        <translation>新邮箱使用的许可证：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add {domain} in the {provider} console:&lt;/b&gt; open &lt;b&gt;Domain management&lt;/b&gt; (域名管理) and add it — or, where mail is managed in WeCom (企业微信): &lt;b&gt;Collaboration → Mail → Overview → Configure&lt;/b&gt; (协作 → 邮件 → 概况 → 前往配置). Then add the records below at your DNS host. The console shows “Verifying” (验证中) until it sees the MX records, up to about 3 hours after they are visible.</source>
        <translation>&lt;b&gt;在{provider}管理后台添加 {domain}：&lt;/b&gt;打开&lt;b&gt;域名管理&lt;/b&gt;并添加该域名；如果邮箱已在企业微信中管理，则打开&lt;b&gt;协作 → 邮件 → 概况 → 前往配置&lt;/b&gt;。然后在您的 DNS 服务商处添加下面的记录。管理后台会一直显示“验证中”，直到查到 MX 记录为止；记录生效后，最多约 3 小时才会显示验证通过。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Practice:&lt;/b&gt; at a real provider you would first add {domain} in its admin console. The practice console has it already; add the records below with “Open my DNS host”.</source>
        <translation>&lt;b&gt;练习：&lt;/b&gt;在真实服务商那里，您需要先在其管理后台添加 {domain}。练习用的后台已经添加好了；请点击“前往 DNS 服务商”添加下面的记录。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add {domain} in the {provider} console:&lt;/b&gt; &lt;b&gt;Company customization → Domain management → Domain settings → Add domain name&lt;/b&gt; (企业定制 → 域名管理 → 域名设置 → 添加域名). Then add the records below at your DNS host. The console shows “Verifying” until it sees them (from minutes up to 48 hours); MailWizard reads its verdict once the check below sees them.</source>
        <translation>&lt;b&gt;在{provider}管理后台添加 {domain}：&lt;/b&gt;&lt;b&gt;企业定制 → 域名管理 → 域名设置 → 添加域名&lt;/b&gt;。然后在您的 DNS 服务商处添加下面的记录。在看到这些记录之前，管理后台会显示“验证中”（几分钟到 48 小时不等）；下方的检查看到记录后，MailWizard 会读取它的验证结果。</translation>
    </message>
    <message>
        <source>{name} — {n} free</source>
        <translation>{name}（剩余 {n} 个）</translation>
    </message>
    <message>
        <source>Connecting with the service account…</source>
        <translation>正在使用服务账号连接…</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-family:sans-serif&apos;&gt;MailWizard: you are signed in. You can close this window and go back to MailWizard.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-family:sans-serif&apos;&gt;MailWizard：您已登录。现在可以关闭这个窗口，回到 MailWizard。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change the &amp;ID or secret…</source>
        <translation>更改 ID 或 Secret(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>重新登录(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Sign in with {brand}</source>
        <translation>使用 {brand} 账号登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>正在等待您在浏览器中登录…</translation>
    </message>
    <message>
        <source>Disconnect from {provider}?</source>
        <translation>要断开与 {provider} 的连接吗？</translation>
    </message>
    <message>
        <source>MailWizard forgets the ID and secret (they leave this computer&apos;s password store). Nothing in your {provider} account changes.</source>
        <translation>MailWizard 会忘记 ID 和 Secret（从本机系统密码库中删除）。您的{provider}账户不会有任何变化。</translation>
    </message>
    <message>
        <source>MailWizard forgets its sign-in and asks {provider} to withdraw it. Nothing in your {provider} account changes.</source>
        <translation>MailWizard 会清除自己的登录信息，并请 {provider} 撤销这项授权。您在 {provider} 的账号不会有任何变化。</translation>
    </message>
</context>
<context>
    <name>CopyBox</name>
    <message>
        <source>less than a minute left</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation>约剩 {n} 分钟</translation>
    </message>
    <message>
        <source>about {n} h left</source>
        <translation>约剩 {n} 小时</translation>
    </message>
    <message>
        <source>Too big for the new mailbox ({n}), still in the old one:</source>
        <translation>太大，新邮箱无法接收（{n} 封），仍在旧邮箱中：</translation>
    </message>
    <message>
        <source>Refused by the new mailbox ({n}), still in the old one:</source>
        <translation>被新邮箱拒收（{n} 封），仍在旧邮箱中：</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>• “{subject}”, {date}, {size}, in {folder}</source>
        <translation>• “{subject}”，{date}，{size}，位于“{folder}”</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>……另外还有 {n} 封</translation>
    </message>
    <message>
        <source>The server said: {words}</source>
        <translation>服务器的回复：{words}</translation>
    </message>
    <message>
        <source>{done} of {total} messages</source>
        <translation>{done} / {total} 封邮件</translation>
    </message>
    <message>
        <source>counting the messages…</source>
        <translation>正在清点邮件…</translation>
    </message>
    <message>
        <source>{counted}, {left}</source>
        <translation>{counted}，{left}</translation>
    </message>
    <message>
        <source>paused, {counted}</source>
        <translation>已暂停，{counted}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>{word}: {n} messages copied</source>
        <translation>{word}：已复制 {n} 封邮件</translation>
    </message>
    <message>
        <source>{word}: {problem}</source>
        <translation>{word}：{problem}</translation>
    </message>
    <message>
        <source>stopped; Start goes on from here</source>
        <translation>已停止；按“开始复制”会从这里继续</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Copy of {name}&apos;s mail</source>
        <translation>{name} 的邮件复制进度</translation>
    </message>
    <message>
        <source>Stopped: {done} of {total} people&apos;s mail copied. Start goes on where it stopped: nothing is copied twice.</source>
        <translation>已停止：{total} 人中已有 {done} 人的邮件复制完成。按“开始复制”会从停止处继续，不会重复复制。</translation>
    </message>
    <message>
        <source>{done} of {total} people&apos;s mail copied; {n} could not be: see below. Fix it and press Start again: what was copied is not copied twice.</source>
        <translation>{total} 人中已有 {done} 人的邮件复制完成；{n} 人未能复制，原因见下方。处理好后再按“开始复制”：已复制的邮件不会重复复制。</translation>
    </message>
    <message>
        <source>Everyone&apos;s mail was copied ({n} people).</source>
        <translation>所有人的邮件都已复制（共 {n} 人）。</translation>
    </message>
    <message>
        <source>Copy &amp;again (new mail only)</source>
        <translation>再次复制（仅新邮件）(&amp;A)</translation>
    </message>
    <message>
        <source>{done} of {total} messages copied so far.</source>
        <translation>目前已复制 {done} / {total} 封邮件。</translation>
    </message>
    <message>
        <source>{done} of {total} messages so far ({n} people at a time).</source>
        <translation>目前 {done} / {total} 封邮件（每次同时复制 {n} 人）。</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>正在复制</translation>
    </message>
    <message>
        <source>Ready to copy the mail of {n} people.</source>
        <translation>可以开始复制 {n} 人的邮件了。</translation>
    </message>
    <message>
        <source>Check the old server on tab 1 and type the old logins on tab 2 first.</source>
        <translation>请先在第 1 页检查旧服务器，并在第 2 页填写旧登录名。</translation>
    </message>
    <message>
        <source>Each person&apos;s copy</source>
        <translation>每个人的复制进度</translation>
    </message>
    <message>
        <source>S&amp;tart copying</source>
        <translation>开始复制(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>Stop the cop&amp;y</source>
        <translation>停止复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Nothing is deleted or changed on the old server. A copy that was paused, stopped or cut off (MailWizard closed, the connection lost) goes on from where it was when you start it again, and no message is copied twice.</source>
        <translation>旧服务器上的邮件不会被删除或改动。复制暂停、停止或中断（关闭了 MailWizard、网络断开）后，再次开始时会从中断处继续，不会重复复制任何邮件。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something unexpected went wrong</source>
        <translation>出现了意外问题</translation>
    </message>
    <message>
        <source>Your work so far is saved. You can go on, or close MailWizard and start it again: it opens where you were. If it happens again, send the details to your IT support (they contain no passwords). Log file: {path}</source>
        <translation>到目前为止的内容都已保存。您可以继续，也可以关闭 MailWizard 再重新打开：它会回到您刚才的位置。如果再次出现，请把详细信息发给 IT 支持人员（其中不含任何密码）。日志文件：{path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>CutoverBox</name>
    <message>
        <source>Reading the domain&apos;s mail records…</source>
        <translation>正在读取域名的邮件记录…</translation>
    </message>
    <message>
        <source>Read the records a&amp;gain</source>
        <translation>重新读取记录(&amp;G)</translation>
    </message>
    <message>
        <source>When everyone&apos;s mail is copied, switch the domain&apos;s mail to the new provider like this, so no message is lost on the way.</source>
        <translation>所有人的邮件复制完后，按以下步骤把域名的邮件切换到新服务商，途中不会丢失邮件。</translation>
    </message>
</context>
<context>
    <name>DesignBox</name>
    <message>
        <source>a picture, kept in each person&apos;s files</source>
        <translation>一张图片，保存在每个人的文件中</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>没有徽标</translation>
    </message>
    <message>
        <source>Each person&apos;s name, and these details from the member list</source>
        <translation>每个人的姓名，以及成员名单中的这些信息</translation>
    </message>
    <message>
        <source>Job &amp;title</source>
        <translation>职位(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Mobile phone</source>
        <translation>手机(&amp;M)</translation>
    </message>
    <message>
        <source>Email &amp;address</source>
        <translation>邮箱地址(&amp;A)</translation>
    </message>
    <message>
        <source>The same for everyone</source>
        <translation>所有人相同的内容</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>公司名称(&amp;C)：</translation>
    </message>
    <message>
        <source>Company p&amp;hone:</source>
        <translation>公司电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>徽标：</translation>
    </message>
    <message>
        <source>&amp;Legal line:</source>
        <translation>法律声明(&amp;L)：</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>语言(&amp;N)：</translation>
    </message>
    <message>
        <source>The same as MailWizard&apos;s</source>
        <translation>与 MailWizard 相同</translation>
    </message>
    <message>
        <source>e.g. This email may contain confidential information…</source>
        <translation>例如：本邮件可能含有保密信息…</translation>
    </message>
    <message>
        <source>Ch&amp;oose a logo…</source>
        <translation>选择徽标(&amp;O)…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>移除(&amp;E)</translation>
    </message>
    <message>
        <source>Pre&amp;view for:</source>
        <translation>预览对象(&amp;V)：</translation>
    </message>
    <message>
        <source>As mail programs show it:</source>
        <translation>在邮件程序中的样子：</translation>
    </message>
    <message>
        <source>As plain text (for programs that show no formatting):</source>
        <translation>纯文本（用于不显示格式的程序）：</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Your saved work is from a newer MailWizard</source>
        <translation>已保存的进度来自更新版本的 MailWizard</translation>
    </message>
    <message>
        <source>It was saved by a newer version of MailWizard, which this version cannot read. It has been kept, unchanged, at:
{path}

Install the newer version to continue that work, or start again here.</source>
        <translation>这份进度是由更新版本的 MailWizard 保存的，当前版本无法读取。它已原样保留在：
{path}

请安装新版本来继续之前的工作，或者在这里重新开始。</translation>
    </message>
    <message>
        <source>Your saved work could not be read</source>
        <translation>无法读取已保存的进度</translation>
    </message>
    <message>
        <source>The file with your saved work is empty: the computer may have stopped, or the disk may have been full, while it was being written. MailWizard starts from the beginning. The empty file has been kept at:
{path}</source>
        <translation>保存进度的文件是空的：写入时电脑可能中途停止了，或者磁盘已满。MailWizard 将从头开始。这个空文件已保留在：
{path}</translation>
    </message>
    <message>
        <source>The file with your saved work is incomplete, or part of it cannot be read, so MailWizard starts from the beginning. The file has been kept, unchanged, at:
{path}

If you need what was in it, send that file to your IT support.</source>
        <translation>保存进度的文件不完整，或其中有部分内容无法读取，因此 MailWizard 将从头开始。该文件已原样保留在：
{path}

如果需要其中的内容，请把这个文件发给您的 IT 支持人员。</translation>
    </message>
    <message>
        <source>The file with your saved work is damaged, so MailWizard starts from the beginning. The damaged file has been kept at:
{path}

If you need what was in it, send that file to your IT support.</source>
        <translation>保存进度的文件已损坏，因此 MailWizard 会从头开始。损坏的文件已保留在：
{path}

如果需要其中的内容，请把这个文件发给为您提供 IT 支持的人员。</translation>
    </message>
    <message>
        <source>MailWizard&apos;s provider information is damaged</source>
        <translation>MailWizard 的服务商资料已损坏</translation>
    </message>
    <message>
        <source>MailWizard cannot start without it. Please reinstall MailWizard; your saved work is kept.</source>
        <translation>缺少这些资料，MailWizard 无法启动。请重新安装 MailWizard，您已保存的进度不会丢失。</translation>
    </message>
    <message>
        <source>Your latest changes are not saved</source>
        <translation>最近的更改尚未保存</translation>
    </message>
    <message>
        <source>Fix that, then choose Try again. If you close now, the changes since the last save are lost.</source>
        <translation>请先解决这个问题，然后选择“重试”。如果现在关闭，上次保存之后的更改将会丢失。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>不保存并关闭</translation>
    </message>
</context>
<context>
    <name>DnsApplyDialog</name>
    <message>
        <source>Your DNS host did not answer as expected.</source>
        <translation>DNS 服务商的回应不符合预期。</translation>
    </message>
    <message>
        <source>Set up the records at {host}</source>
        <translation>在 {host} 设置解析记录</translation>
    </message>
    <message>
        <source>Reading the records {host} holds for {domain}…</source>
        <translation>正在读取 {host} 上 {domain} 的解析记录…</translation>
    </message>
    <message>
        <source>Reading the records</source>
        <translation>正在读取解析记录</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check these changes.&lt;/b&gt; Nothing has been changed yet: MailWizard makes them at {host} when you click “Apply these changes”.</source>
        <translation>&lt;b&gt;请核对这些修改。&lt;/b&gt;目前还没有做任何修改：点击“执行这些修改”后，MailWizard 才会在 {host} 上进行修改。</translation>
    </message>
    <message>
        <source>Every other record at {host} stays exactly as it is. Before changing anything MailWizard keeps a copy of each record it changes or removes, so you can undo.</source>
        <translation>{host} 上的其他记录都保持原样。修改之前，MailWizard 会先备份每一条要修改或删除的记录，您随时可以撤销。</translation>
    </message>
    <message>
        <source>Changes made</source>
        <translation>已完成的修改</translation>
    </message>
    <message>
        <source>Use a different &amp;key…</source>
        <translation>使用其他密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Undo these changes…</source>
        <translation>撤销这些修改(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Save the backup…</source>
        <translation>保存备份(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Apply these changes</source>
        <translation>执行这些修改(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The records at {host} changed since you looked, so nothing was changed.&lt;/b&gt; Here are the changes as they are now; check them again.</source>
        <translation>&lt;b&gt;您查看之后 {host} 上的记录有了变动，所以没有做任何修改。&lt;/b&gt;下面是按现在的记录重新列出的修改，请再核对一次。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to change.&lt;/b&gt; {host} already holds every record your email needs.</source>
        <translation>&lt;b&gt;无需修改。&lt;/b&gt;{host} 上已经有邮箱需要的全部记录。</translation>
    </message>
    <message>
        <source>This computer has no password store MailWizard can use, so the key is kept only until MailWizard closes. You will be asked for it again next time.</source>
        <translation>这台电脑没有 MailWizard 可用的密码库，所以密钥只保留到 MailWizard 关闭为止。下次使用时需要重新输入。</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Undoing the changes at {host}: {done} of {total} done.</source>
        <translation>正在撤销 {host} 上的修改：已完成 {done} / {total}。</translation>
    </message>
    <message>
        <source>Making the changes at {host}: {done} of {total} done.</source>
        <translation>正在 {host} 上修改：已完成 {done} / {total}。</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Time left: a few seconds</source>
        <translation>剩余时间：几秒钟</translation>
    </message>
    <message>
        <source>Time left: {duration}</source>
        <translation>剩余时间：{duration}</translation>
    </message>
    <message>
        <source>MailWizard set up the records at {host}.</source>
        <translation>MailWizard 已在 {host} 上设置好解析记录。</translation>
    </message>
    <message>
        <source>1 change made at {host}.</source>
        <translation>已在 {host} 上完成 1 项修改。</translation>
    </message>
    <message>
        <source>{n} changes made at {host}.</source>
        <translation>已在 {host} 上完成 {n} 项修改。</translation>
    </message>
    <message>
        <source>The panel “What the internet sees now” on the DNS step shows the records arriving; this can take from minutes to a few hours, and MailWizard keeps checking. If something goes wrong, “Undo these changes” puts every record back as it was.</source>
        <translation>DNS 步骤中的“互联网上当前查询到的结果”面板会显示记录陆续生效，可能需要几分钟到几小时，MailWizard 会一直检查。如果出了问题，“撤销这些修改”会把每条记录恢复原样。</translation>
    </message>
    <message>
        <source>Undone: every record at {host} is back as it was before.</source>
        <translation>已撤销：{host} 上的每条记录都已恢复原样。</translation>
    </message>
    <message>
        <source>You can add the records yourself as the DNS step shows, or set them up here again later.</source>
        <translation>您可以按 DNS 步骤中的说明自己添加记录，也可以稍后在这里重新设置。</translation>
    </message>
    <message>
        <source>Stopped. “{again}” goes on where it stopped.</source>
        <translation>已停止。点击“{again}”会从中断处继续。</translation>
    </message>
    <message>
        <source>Details for support: {detail}</source>
        <translation>供技术支持参考的详情：{detail}</translation>
    </message>
    <message>
        <source>Making the changes at {host}…</source>
        <translation>正在 {host} 上修改…</translation>
    </message>
    <message>
        <source>Undo these changes?</source>
        <translation>撤销这些修改？</translation>
    </message>
    <message>
        <source>Every record MailWizard added, changed or removed at {host} goes back to what it was before. Your email then works as it did before, and the DNS step shows the records to add again.</source>
        <translation>MailWizard 在 {host} 上添加、修改或删除的每条记录都会恢复原样。您的邮箱会回到修改前的状态，DNS 步骤会重新列出需要添加的记录。</translation>
    </message>
    <message>
        <source>&amp;Undo the changes</source>
        <translation>撤销修改(&amp;U)</translation>
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
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Apply again</source>
        <translation>再次应用(&amp;A)</translation>
    </message>
    <message>
        <source>The undo stopped. The records not yet put back are in the backup; “{again}” goes on where it stopped.</source>
        <translation>撤销中断了。尚未恢复的记录都在备份中；点击“{again}”会从中断处继续。</translation>
    </message>
    <message>
        <source>{done} of {total} changes were made before it stopped. “{again}” goes on where it stopped and never makes a change twice; “Undo these changes” puts everything back.</source>
        <translation>中断前已完成 {done} / {total} 项修改。“{again}”会从中断处继续，不会重复修改；“撤销这些修改”会把一切恢复原样。</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix what the message says, then click “{again}”; or close this window and add the records yourself.</source>
        <translation>没有做任何修改。请按上面的提示处理后点击“{again}”；或关闭此窗口，自己添加记录。</translation>
    </message>
    <message>
        <source>Undoing the changes at {host}…</source>
        <translation>正在撤销 {host} 上的修改…</translation>
    </message>
</context>
<context>
    <name>DnsApplyOffer</name>
    <message>
        <source>Save the backup of your DNS records</source>
        <translation>保存解析记录的备份</translation>
    </message>
    <message>
        <source>Zone file</source>
        <translation>区域文件</translation>
    </message>
    <message>
        <source>I&apos;ll &amp;type them myself</source>
        <translation>我自己来添加(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Undo these changes…</source>
        <translation>撤销这些修改(&amp;U)…</translation>
    </message>
    <message>
        <source>Save the backup (&amp;zone file)…</source>
        <translation>保存备份（区域文件）(&amp;Z)…</translation>
    </message>
    <message>
        <source>The records as they were before MailWizard changed them, as a zone file.</source>
        <translation>MailWizard 修改之前的记录，保存为区域文件。</translation>
    </message>
    <message>
        <source>The panel “What the internet sees now” below shows them arriving; this can take from minutes to a few hours. If something looks wrong, “Undo these changes” puts every record back as it was.</source>
        <translation>下方的“互联网上当前查询到的结果”面板会显示记录陆续生效，可能需要几分钟到几小时。如果发现不对，“撤销这些修改”会把每条记录恢复原样。</translation>
    </message>
    <message>
        <source>&amp;Set up the records for me</source>
        <translation>帮我设置记录(&amp;S)</translation>
    </message>
    <message>
        <source>1 change made at {host}.</source>
        <translation>已在 {host} 上完成 1 项修改。</translation>
    </message>
    <message>
        <source>{n} changes made at {host}.</source>
        <translation>已在 {host} 上完成 {n} 项修改。</translation>
    </message>
    <message>
        <source>MailWizard set up the records at {host}.</source>
        <translation>MailWizard 已在 {host} 上设置好解析记录。</translation>
    </message>
    <message>
        <source>Undone: every record at {host} is back as it was before.</source>
        <translation>已撤销：{host} 上的每条记录都已恢复原样。</translation>
    </message>
    <message>
        <source>Let MailWizard set up the records instead…</source>
        <translation>改由 MailWizard 帮我设置记录…</translation>
    </message>
    <message>
        <source>Setting up the records at &lt;b&gt;{host}&lt;/b&gt; stopped before it was finished. Continue, and MailWizard makes only the changes still missing.</source>
        <translation>在 &lt;b&gt;{host}&lt;/b&gt; 上设置记录时中途停止了。继续的话，MailWizard 只会补做尚未完成的修改。</translation>
    </message>
    <message>
        <source>&amp;Continue setting up the records</source>
        <translation>继续设置记录(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{host}&lt;/b&gt; lets MailWizard add these records for you: you make a key there once, check the list of changes, and MailWizard makes them. Nothing changes before you confirm.</source>
        <translation>&lt;b&gt;{host}&lt;/b&gt; 可以让 MailWizard 替您添加这些记录：您在那里创建一次密钥，核对修改清单，MailWizard 就会完成修改。您确认之前不会改动任何东西。</translation>
    </message>
</context>
<context>
    <name>DnsChanges</name>
    <message>
        <source>Add ({n})</source>
        <translation>添加（{n}）</translation>
    </message>
    <message>
        <source>Change ({n})</source>
        <translation>修改（{n}）</translation>
    </message>
    <message>
        <source>Remove ({n})</source>
        <translation>删除（{n}）</translation>
    </message>
    <message>
        <source>In the way of the records your email needs</source>
        <translation>妨碍邮箱所需的记录</translation>
    </message>
    <message>
        <source>Changed to the value your provider needs</source>
        <translation>改成邮箱服务商要求的值</translation>
    </message>
    <message>
        <source>Needed by your email provider</source>
        <translation>邮箱服务商需要这条记录</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name (host)</source>
        <translation>主机记录</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>记录值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Changes to make at your DNS host</source>
        <translation>要在 DNS 服务商处进行的修改</translation>
    </message>
    <message>
        <source>Now: {before}
After: {after}</source>
        <translation>现在：{before}
修改后：{after}</translation>
    </message>
    <message>
        <source>Changing back {record}</source>
        <translation>正在改回 {record}</translation>
    </message>
    <message>
        <source>Putting back {record}</source>
        <translation>正在恢复 {record}</translation>
    </message>
    <message>
        <source>Adding {record}</source>
        <translation>正在添加 {record}</translation>
    </message>
    <message>
        <source>Changing {record}</source>
        <translation>正在修改 {record}</translation>
    </message>
    <message>
        <source>Removing {record}</source>
        <translation>正在删除 {record}</translation>
    </message>
</context>
<context>
    <name>DnsCredentialDialog</name>
    <message>
        <source>Let MailWizard set up your records at {host}</source>
        <translation>让 MailWizard 在 {host} 上设置记录</translation>
    </message>
    <message>
        <source>MailWizard needs a key from {host} that may change your domain&apos;s DNS records and nothing else. Making one takes about two minutes:</source>
        <translation>MailWizard 需要 {host} 的一个密钥，它只能修改您域名的解析记录，别的都不能做。创建密钥大约需要两分钟：</translation>
    </message>
    <message>
        <source>&amp;Open the {host} page to make the key</source>
        <translation>打开 {host} 创建密钥的页面(&amp;O)</translation>
    </message>
    <message>
        <source>The key is kept in your computer&apos;s password store, nowhere else. MailWizard shows you every change before it makes it.</source>
        <translation>密钥只保存在您电脑的密码库中，不会存到别处。MailWizard 每做一项修改之前都会先给您看。</translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation>正在检查密钥</translation>
    </message>
    <message>
        <source>Check and &amp;continue</source>
        <translation>检查并继续(&amp;C)</translation>
    </message>
    <message>
        <source>Checking the key with your DNS host…</source>
        <translation>正在向 DNS 服务商检查密钥…</translation>
    </message>
    <message>
        <source>Check stopped. Correct the key, or click Cancel to type the records yourself.</source>
        <translation>检查已停止。请更正密钥，或点击“取消”自己添加记录。</translation>
    </message>
    <message>
        <source>The key works.</source>
        <translation>密钥可以使用。</translation>
    </message>
    <message>
        <source>Your DNS host did not accept the key. Check that it was copied whole, then try again.</source>
        <translation>DNS 服务商不接受这个密钥。请确认复制完整后重试。</translation>
    </message>
    <message>
        <source>This computer has no password store MailWizard can use, so the key is kept only until MailWizard closes. You will be asked for it again next time.</source>
        <translation>这台电脑没有 MailWizard 可用的密码库，所以密钥只保留到 MailWizard 关闭为止。下次使用时需要重新输入。</translation>
    </message>
</context>
<context>
    <name>DnsPage</name>
    <message>
        <source>Add the DNS records</source>
        <translation>添加 DNS 记录</translation>
    </message>
    <message>
        <source>Your DNS host is where your domain&apos;s settings live. Add the records below there, exactly as shown. We check the internet every few seconds and tell you when they have arrived; this can take from minutes to a few hours.</source>
        <translation>您的 DNS 服务商就是管理域名设置的地方。请在那里添加下面这些记录，内容要与表中显示的完全一致。我们每隔几秒就会在互联网上检查一次，记录生效后会告诉您；这可能需要几分钟到几个小时。</translation>
    </message>
    <message>
        <source>Records to add</source>
        <translation>需要添加的记录</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name (host)</source>
        <translation>主机记录</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>记录值</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Some values come from your provider. Until MailWizard connects to it, copy them from your provider&apos;s admin console and paste them here:</source>
        <translation>有些值需要由邮箱服务商提供。在 MailWizard 连接到邮箱服务商之前，请从它的管理后台复制这些值，粘贴到这里：</translation>
    </message>
    <message>
        <source>What the internet sees now</source>
        <translation>互联网上当前查询到的结果</translation>
    </message>
    <message>
        <source>Prove you own the domain</source>
        <translation>验证域名所有权</translation>
    </message>
    <message>
        <source>Receive email (MX)</source>
        <translation>接收邮件（MX）</translation>
    </message>
    <message>
        <source>Old email service (MX)</source>
        <translation>旧邮箱服务（MX）</translation>
    </message>
    <message>
        <source>Second SPF record (only one may exist)</source>
        <translation>多余的 SPF 记录（只能有一条）</translation>
    </message>
    <message>
        <source>Alias (CNAME) in the way of the records above</source>
        <translation>挡住上面这些记录的别名（CNAME）</translation>
    </message>
    <message>
        <source>Allow sending (SPF)</source>
        <translation>允许发信（SPF）</translation>
    </message>
    <message>
        <source>Sign outgoing email (DKIM)</source>
        <translation>为发出的邮件签名（DKIM）</translation>
    </message>
    <message>
        <source>Sign outgoing email (DKIM 2)</source>
        <translation>为发出的邮件签名（DKIM 2）</translation>
    </message>
    <message>
        <source>Anti-spoofing policy (DMARC)</source>
        <translation>防冒充策略（DMARC）</translation>
    </message>
    <message>
        <source>Automatic set-up in Outlook</source>
        <translation>Outlook 自动配置</translation>
    </message>
    <message>
        <source>Webmail address (optional)</source>
        <translation>网页邮箱地址（可选）</translation>
    </message>
    <message>
        <source>Mail app settings ({name})</source>
        <translation>邮件客户端设置（{name}）</translation>
    </message>
    <message>
        <source>Save &amp;printable page…</source>
        <translation>保存可打印页面(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Open my DNS host</source>
        <translation>前往 DNS 服务商(&amp;O)</translation>
    </message>
    <message>
        <source>We could not tell which company hosts your domain&apos;s DNS.</source>
        <translation>我们无法确定您的域名由哪家服务商提供解析。</translation>
    </message>
    <message>
        <source>Your domain&apos;s DNS is hosted at &lt;b&gt;{host}&lt;/b&gt;.</source>
        <translation>您的域名解析由 &lt;b&gt;{host}&lt;/b&gt; 提供。</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>（留空）</translation>
    </message>
    <message>
        <source>In the name (host) field, type the part shown in the table; for the domain itself type {apex}.</source>
        <translation>在主机名一栏（DNSPod、阿里云叫“主机记录”，Cloudflare、GoDaddy 叫“Name”）只填写表格里显示的部分；域名本身填 {apex}。</translation>
    </message>
    <message>
        <source>Fewer details</source>
        <translation>收起详情</translation>
    </message>
    <message>
        <source>More details: how long changes take, and tips</source>
        <translation>更多详情：修改多久生效，以及注意事项</translation>
    </message>
    <message>
        <source>MailWizard cannot fetch these values from your provider for you: copy them from its admin console and paste them here:</source>
        <translation>MailWizard 无法从邮箱服务商自动取得这些值：请从它的管理后台复制，粘贴到这里：</translation>
    </message>
    <message>
        <source>paste from your provider&apos;s console</source>
        <translation>从邮箱服务商管理后台复制并粘贴</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>域名验证码：</translation>
    </message>
    <message>
        <source>DKIM value:</source>
        <translation>DKIM 记录值：</translation>
    </message>
    <message>
        <source>Second DKIM value:</source>
        <translation>第二个 DKIM 记录值：</translation>
    </message>
    <message>
        <source>Mail server (MX) host:</source>
        <translation>邮件服务器（MX）地址：</translation>
    </message>
    <message>
        <source>SPF include domain:</source>
        <translation>SPF include 域名：</translation>
    </message>
    <message>
        <source>Tenant name:</source>
        <translation>租户名称：</translation>
    </message>
    <message>
        <source>Hide the values pasted from your provider</source>
        <translation>隐藏从邮箱服务商复制来的值</translation>
    </message>
    <message>
        <source>Values pasted from your provider: {names}</source>
        <translation>已粘贴邮箱服务商提供的值：{names}</translation>
    </message>
    <message>
        <source>Paste the value first</source>
        <translation>请先粘贴记录值</translation>
    </message>
    <message>
        <source>Wait: your DNS host did not answer, so what is there now is not known</source>
        <translation>请稍候：DNS 服务商没有响应，目前还不知道上面已有哪些记录</translation>
    </message>
    <message>
        <source>Checking what is there now…</source>
        <translation>正在查看目前已有的记录…</translation>
    </message>
    <message>
        <source>Ownership is proven, so you can go on — but 1 record still needs you: see “What to do” in the table above.</source>
        <translation>域名所有权已验证，您可以继续下一步；但还有 1 条记录需要您处理：请看上表中的“操作”一栏。</translation>
    </message>
    <message>
        <source>Ownership is proven, so you can go on — but {n} records still need you: see “What to do” in the table above.</source>
        <translation>域名所有权已验证，您可以继续下一步；但还有 {n} 条记录需要您处理：请看上表中的“操作”一栏。</translation>
    </message>
    <message>
        <source>Some records above still need you: add, change or delete them as the “What to do” column says. We check again automatically.</source>
        <translation>上表中还有记录需要您处理：请按“操作”一栏添加、修改或删除。我们会自动再次检查。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Copy na&amp;me</source>
        <translation>复制主机记录(&amp;M)</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>复制记录值(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export the records for import…</source>
        <translation>导出记录（用于一次性导入）(&amp;E)…</translation>
    </message>
    <message>
        <source>A file (called a zone file) that many DNS hosts can import in one go, instead of adding the records one by one.</source>
        <translation>许多 DNS 服务商支持一次性导入这个文件（称为区域文件），不必逐条添加记录。</translation>
    </message>
    <message>
        <source>{host} help: how to add a record</source>
        <translation>{host} 官方帮助：如何添加解析记录</translation>
    </message>
    <message>
        <source>Not known yet: paste it below, or connect above</source>
        <translation>暂时未知：请在下方粘贴，或在上方连接</translation>
    </message>
    <message>
        <source>Not known yet: copy it from your provider&apos;s console, paste it below</source>
        <translation>暂时未知：请从管理后台复制，粘贴到下方</translation>
    </message>
    <message>
        <source>Replace the existing one</source>
        <translation>替换现有记录</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Click a row first.</source>
        <translation>请先点击表格中的一行。</translation>
    </message>
    <message>
        <source>This value is not known yet: paste it in the box below first.</source>
        <translation>这个值暂时未知：请先粘贴到下方的输入框。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>立即检查(&amp;K)</translation>
    </message>
    <message>
        <source>Checking your domain&apos;s records…</source>
        <translation>正在检查您域名的记录…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>All the records your mail needs are correct everywhere. You can go on. Optional and not added yet: {records}. Add it at your DNS host whenever you like.</source>
        <translation>邮件所需的记录在各处都已正确，可以继续。可选、尚未添加：{records}。您可以随时在 DNS 服务商处添加。</translation>
    </message>
    <message>
        <source>All the records your mail needs are correct everywhere. You can go on. Optional and not added yet: {records}. Add them at your DNS host whenever you like.</source>
        <translation>邮件所需的记录在各处都已正确，可以继续。可选、尚未添加：{records}。您可以随时在 DNS 服务商处添加。</translation>
    </message>
    <message>
        <source>All records are correct everywhere. You can go on.</source>
        <translation>所有记录在各处都已正确生效，您可以继续下一步了。</translation>
    </message>
    <message>
        <source>The DNS servers did not answer, so the records cannot be checked yet. Check this computer&apos;s internet connection; we try again automatically.</source>
        <translation>DNS 服务器没有响应，暂时无法检查这些记录。请检查这台电脑的网络连接，我们会自动重试。</translation>
    </message>
    <message>
        <source>Ownership is proven, so you can go on. The record that proves it is still on its way to some public DNS servers; we keep watching it.</source>
        <translation>域名所有权已验证，您可以继续下一步。用于验证的这条记录还在传播到部分公共 DNS，我们会继续关注。</translation>
    </message>
    <message>
        <source>Ownership is proven, so you can go on. 1 other record is still on its way; we keep watching it.</source>
        <translation>域名所有权已验证，您可以继续下一步。其余 1 条记录仍在生效中，我们会继续关注。</translation>
    </message>
    <message>
        <source>Ownership is proven, so you can go on. {n} other records are still on their way; we keep watching them.</source>
        <translation>域名所有权已验证，您可以继续下一步。其余 {n} 条记录仍在生效中，我们会继续关注。</translation>
    </message>
    <message>
        <source>Your DNS host has the records; they are still on their way to the rest of the internet. Nothing to do but wait: we keep watching.</source>
        <translation>您的 DNS 服务商已经有这些记录，它们正在传播到互联网的其他地方。您只需等待，我们会继续关注。</translation>
    </message>
    <message>
        <source>Last checked: {time}</source>
        <translation>上次检查：{time}</translation>
    </message>
    <message>
        <source>Last checked at {time}.</source>
        <translation>上次检查时间：{time}。</translation>
    </message>
    <message>
        <source>{last} {next}</source>
        <translation>{last}{next}</translation>
    </message>
    <message>
        <source>Next check within {n} seconds.</source>
        <translation>{n} 秒内会再次检查。</translation>
    </message>
    <message>
        <source>DNS records for {domain}</source>
        <translation>{domain} 的 DNS 记录</translation>
    </message>
    <message>
        <source>Save as zone file</source>
        <translation>另存为区域文件</translation>
    </message>
    <message>
        <source>Zone file</source>
        <translation>区域文件</translation>
    </message>
    <message>
        <source>Save printable page</source>
        <translation>保存可打印页面</translation>
    </message>
</context>
<context>
    <name>DnsPanel</name>
    <message>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Wrong value</source>
        <translation>值不正确</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Needs value</source>
        <translation>待填值</translation>
    </message>
    <message>
        <source>Practice public DNS {n}
{s} s behind</source>
        <translation>练习用公共 DNS {n}
晚 {s} 秒</translation>
    </message>
    <message>
        <source>Your DNS host</source>
        <translation>您的 DNS 服务商</translation>
    </message>
    <message>
        <source>Your DNS host
{address}</source>
        <translation>您的 DNS 服务商
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
        <translation>查询到的值：{values}</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Your company and its domain</source>
        <translation>您的公司和域名</translation>
    </message>
    <message>
        <source>The domain is the part after @ in your company&apos;s email addresses, for example yourcompany.com in anna@yourcompany.com. You need to own it; if you do not yet, we show you where to register it.</source>
        <translation>域名就是公司邮箱地址中 @ 后面的部分，例如 anna@yourcompany.com 中的 yourcompany.com。您需要已经拥有这个域名；如果还没有，我们会告诉您去哪里注册。</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>您的姓名：</translation>
    </message>
    <message>
        <source>Your current email:</source>
        <translation>您现在的邮箱：</translation>
    </message>
    <message>
        <source>Company domain:</source>
        <translation>公司域名：</translation>
    </message>
    <message>
        <source>e.g. Example Trading Ltd.</source>
        <translation>例如：示例贸易有限公司</translation>
    </message>
    <message>
        <source>e.g. Wang Fang</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>where we can reach you now, e.g. wangfang@163.com</source>
        <translation>现在能联系到您的邮箱，例如：wangfang@163.com</translation>
    </message>
    <message>
        <source>e.g. yourcompany.com or 例子.中国</source>
        <translation>例如：yourcompany.com 或 例子.中国</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Use {domain}</source>
        <translation>改用 {domain}(&amp;U)</translation>
    </message>
    <message>
        <source>Country or region:</source>
        <translation>国家或地区：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample details, for practice:&lt;/b&gt; the company name, your name and your email below are made up. Change them if you like. The domain is yours to type: checking it is part of the practice.</source>
        <translation>&lt;b&gt;练习用的示例资料：&lt;/b&gt;下面的公司名称、您的姓名和邮箱都是虚构的，可以随意修改。域名请您自己输入：检查域名也是练习的一部分。</translation>
    </message>
    <message>
        <source>Where your company is. {provider} needs it to give each person a licence; it decides which services they can use.</source>
        <translation>贵公司所在的国家或地区。{provider} 需要据此为每个人分配许可证，并决定可以使用哪些服务。</translation>
    </message>
    <message>
        <source>Not chosen yet: your organisation&apos;s own country once you sign in</source>
        <translation>尚未选择：登录后将使用贵组织自己的国家或地区</translation>
    </message>
    <message>
        <source>Some systems show it in its technical form, {ascii}: it is the same domain, nothing to do.</source>
        <translation>部分系统会显示它的技术写法 {ascii}：这是同一个域名，无需处理。</translation>
    </message>
    <message>
        <source>Registrars: {links}</source>
        <translation>域名注册商：{links}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>CN¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>about {amount}</source>
        <translation>约 {amount}</translation>
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
        <translation>无限容量</translation>
    </message>
    <message>
        <source>{size}, shared by all</source>
        <translation>{size}，全公司共享</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Created for you</source>
        <translation>自动为您创建</translation>
    </message>
    <message>
        <source>By hand, guided</source>
        <translation>手动创建（有指引）</translation>
    </message>
    <message>
        <source>Spam and virus</source>
        <translation>垃圾邮件和病毒</translation>
    </message>
    <message>
        <source>Spam only</source>
        <translation>仅垃圾邮件</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>社区论坛</translation>
    </message>
    <message>
        <source>help pages</source>
        <translation>帮助文档</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>USA</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>亚太</translation>
    </message>
    <message>
        <source>mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <source>worldwide</source>
        <translation>全球</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{url}&quot;&gt;source&lt;/a&gt;, checked {date}</source>
        <translation>&lt;a href=&quot;{url}&quot;&gt;来源&lt;/a&gt;，{date} 核实</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from {file}</source>
        <translation>从 {file} 导入</translation>
    </message>
    <message>
        <source>Read 1 row. Check that each kind of information comes from the right column:</source>
        <translation>已读取 1 行。请检查每一项信息是否取自正确的列：</translation>
    </message>
    <message>
        <source>Read {rows} rows. Check that each kind of information comes from the right column:</source>
        <translation>已读取 {rows} 行。请检查每一项信息是否取自正确的列：</translation>
    </message>
    <message>
        <source>The list is on the sheet “{sheet}”.</source>
        <translation>名单在工作表“{sheet}”中。</translation>
    </message>
    <message>
        <source>Read as {encoding}, separated by “{delimiter}”</source>
        <translation>按 {encoding} 读取，分隔符为“{delimiter}”</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>第 {n} 列</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>将导入的内容</translation>
    </message>
    <message>
        <source>1 row is ready.</source>
        <translation>1 行已准备就绪。</translation>
    </message>
    <message>
        <source>{n} rows are ready.</source>
        <translation>{n} 行已准备就绪。</translation>
    </message>
    <message>
        <source>1 row has a problem: it is imported too, marked in red, so you can fix it in the table before creating accounts.</source>
        <translation>1 行有问题：这一行也会一并导入，并用红色标出，您可以在创建账号之前在表格中修改。</translation>
    </message>
    <message>
        <source>{n} rows have a problem: they are imported too, marked in red, so you can fix them in the table before creating accounts.</source>
        <translation>{n} 行有问题：这些行也会一并导入，并用红色标出，您可以在创建账号之前在表格中修改。</translation>
    </message>
    <message>
        <source>&amp;Import 1 row</source>
        <translation>导入 1 行(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Import {n} rows</source>
        <translation>导入 {n} 行(&amp;I)</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
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
        <translation>MailWizard 可以在 {provider} 为每个人的邮箱设置签名，每人只设置一次。</translation>
    </message>
    <message>
        <source>{provider} offers no way to set signatures from outside: save the files below and give each person theirs.</source>
        <translation>{provider} 不提供从外部设置签名的方式：请保存下方的文件，并发给每个人各自的文件。</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>Putting the signature in place…</source>
        <translation>正在设置签名…</translation>
    </message>
    <message>
        <source>{done} of {total} people</source>
        <translation>{done} / {total} 人</translation>
    </message>
    <message>
        <source>Signatures put in place</source>
        <translation>已设置的签名</translation>
    </message>
    <message>
        <source>Not sure whether it was set (the answer was lost; MailWizard checks again next time rather than setting it twice): {addresses}</source>
        <translation>不确定是否已设置（没有收到回应；MailWizard 下次会先检查，不会重复设置）：{addresses}</translation>
    </message>
    <message>
        <source>{address}: {problem}</source>
        <translation>{address}：{problem}</translation>
    </message>
    <message>
        <source>Set for {n} people; {m} not: see below.</source>
        <translation>已为 {n} 人设置；{m} 人未设置，原因见下方。</translation>
    </message>
    <message>
        <source>The signature is in place for all {n} people.</source>
        <translation>已为全部 {n} 人设置好签名。</translation>
    </message>
    <message>
        <source>Saved a folder for each of {n} people in {folder}.</source>
        <translation>已在 {folder} 中为 {n} 人各保存了一个文件夹。</translation>
    </message>
    <message>
        <source>Put it in everyone&apos;s mailbox</source>
        <translation>设置到每个人的邮箱</translation>
    </message>
    <message>
        <source>&amp;Install for everyone</source>
        <translation>为所有人设置(&amp;I)</translation>
    </message>
    <message>
        <source>Or give each person their files</source>
        <translation>或者，把文件发给每个人</translation>
    </message>
    <message>
        <source>One folder per person with their signature (for mail programs and as plain text) and the steps to add it in Outlook, Apple Mail, Foxmail and {provider}&apos;s webmail.</source>
        <translation>每人一个文件夹，内有他的签名（邮件程序用的格式和纯文本），以及在 Outlook、Apple Mail、Foxmail 和 {provider} 网页版邮箱中添加签名的步骤。</translation>
    </message>
    <message>
        <source>Sa&amp;ve the files…</source>
        <translation>保存文件(&amp;V)…</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
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
        <translation>欢迎加入，期待很快在新邮箱里与您联系。</translation>
    </message>
    <message>
        <source>Your temporary password is: {password}  (you will change it when you first sign in)</source>
        <translation>您的临时密码是：{password}  （第一次登录时需要修改）</translation>
    </message>
    <message>
        <source>Your temporary password is not in this email for safety: you receive it separately, on paper or in person.</source>
        <translation>为了安全，临时密码没有写在这封邮件里，会另行以书面形式或当面交给您。</translation>
    </message>
    <message>
        <source>On your phone: install the {app} app and sign in with {address}.</source>
        <translation>在手机上：安装 {app} 应用，然后用 {address} 登录。</translation>
    </message>
    <message>
        <source>On your phone: add a mail account for {address}. Incoming (IMAP): server {imap_host}, port {imap_port}, SSL on. Outgoing (SMTP): server {smtp_host}, port {smtp_port}, SSL on.</source>
        <translation>在手机上：为 {address} 添加一个邮件账号。收件服务器（IMAP）：服务器 {imap_host}，端口 {imap_port}，开启 SSL。发件服务器（SMTP）：服务器 {smtp_host}，端口 {smtp_port}，开启 SSL。</translation>
    </message>
    <message>
        <source>On your phone: add a mail account for {address}; your email provider&apos;s help pages give the server settings.</source>
        <translation>在手机上：为 {address} 添加一个邮件账号，服务器设置请参考邮箱服务商的帮助页面。</translation>
    </message>
    <message>
        <source>Your temporary password is not in this email for safety: it comes on a printed sheet from {inviter}. You will change it when you first sign in.</source>
        <translation>为了安全，临时密码不在这封邮件里：{inviter} 会把它打印在一张纸上交给您。您第一次登录时需要修改它。</translation>
    </message>
    <message>
        <source>Your temporary password is not in this email for safety: {inviter} tells you it in person. You will change it when you first sign in.</source>
        <translation>为了安全，临时密码不在这封邮件里：{inviter} 会当面告诉您。您第一次登录时需要修改它。</translation>
    </message>
</context>
<context>
    <name>InvitationsPage</name>
    <message>
        <source>Invite your staff</source>
        <translation>邀请员工</translation>
    </message>
    <message>
        <source>Each person gets an email at their personal address: their new address, how to sign in and set their own password, and how to add the mailbox on their phone.</source>
        <translation>每个人的个人邮箱都会收到一封邮件，里面写明新的邮箱地址、如何登录并设置自己的密码，以及如何在手机上添加这个邮箱。</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>加密方式：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>From address:</source>
        <translation>发件地址：</translation>
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
        <translation>练习：练习用邮件服务器的密码已为您填好。</translation>
    </message>
    <message>
        <source>Invitations are sent from your own mailbox through {provider} once you are connected on the DNS records step (no password needed).</source>
        <translation>在“DNS 记录”步骤连接后，邀请将通过 {provider} 从您自己的邮箱发出（无需密码）。</translation>
    </message>
    <message>
        <source>The email</source>
        <translation>邮件内容</translation>
    </message>
    <message>
        <source>Greeting:</source>
        <translation>问候语：</translation>
    </message>
    <message>
        <source>Closing note:</source>
        <translation>结束语：</translation>
    </message>
    <message>
        <source>Compan&amp;y logo…</source>
        <translation>公司标志(&amp;Y)…</translation>
    </message>
    <message>
        <source>your new address, e.g. {address}</source>
        <translation>您的新邮箱地址，例如 {address}</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>{name}，您好：</translation>
    </message>
    <message>
        <source>{name} is replaced by each person&apos;s name.</source>
        <translation>{name} 会替换成每个人的姓名。</translation>
    </message>
    <message>
        <source>Filled in for your provider: leave it as it is unless whoever runs your email says otherwise.</source>
        <translation>已按您的邮箱服务商填好：除非负责邮箱的人另有说明，请保持不变。</translation>
    </message>
    <message>
        <source>Welcome, and see you soon in the new mailbox.</source>
        <translation>欢迎加入，期待很快在新邮箱里与您联系。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Personal email</source>
        <translation>个人邮箱</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Send me a &amp;test first</source>
        <translation>先发一封给我试试(&amp;T)</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>已发送的邀请</translation>
    </message>
    <message>
        <source>&amp;Re-send failed</source>
        <translation>重发失败的邀请(&amp;R)</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>暂停(&amp;U)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Go on without email invitations</source>
        <translation>不发邮件邀请，继续(&amp;G)</translation>
    </message>
    <message>
        <source>Fi&amp;x the address…</source>
        <translation>修改地址(&amp;X)…</translation>
    </message>
    <message>
        <source>Opens the Members step on this person&apos;s personal email, ready to type.</source>
        <translation>打开“成员”步骤，定位到此人的个人邮箱，可直接修改。</translation>
    </message>
    <message>
        <source>&amp;Send 1 invitation</source>
        <translation>发送 1 封邀请(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Send {n} invitations</source>
        <translation>发送 {n} 封邀请(&amp;S)</translation>
    </message>
    <message>
        <source>No invitations by email: you chose to go on without.</source>
        <translation>不发送邮件邀请：您选择了直接继续。</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Sending the first invitation…</source>
        <translation>正在发送第一封邀请…</translation>
    </message>
    <message>
        <source>{done} of {total} sent</source>
        <translation>已发送 {done} 封（共 {total} 封）</translation>
    </message>
    <message>
        <source>{sent} · less than a minute left</source>
        <translation>{sent} · 剩余不到一分钟</translation>
    </message>
    <message>
        <source>{sent} · {duration} left</source>
        <translation>{sent} · 还需{duration}</translation>
    </message>
    <message>
        <source>Test: sending one to you at {address}…</source>
        <translation>测试：正在发一封到您的邮箱 {address}…</translation>
    </message>
    <message>
        <source>Test: sent to you at {address}, not to anyone on the list. Check how it looks, then send them all.</source>
        <translation>测试：已发到您的邮箱 {address}，没有发给名单上的任何人。看看效果如何，再全部发送。</translation>
    </message>
    <message>
        <source>Test: not sent. {reason}</source>
        <translation>测试：未发出。{reason}</translation>
    </message>
    <message>
        <source>1 invitation may or may not have arrived: sending it was cut short. Ask the person, and double-click them to send it again if it did not.</source>
        <translation>有 1 封邀请发送时被中断，无法确定对方是否已收到。请向本人确认；如果没有收到，双击该人员即可重新发送。</translation>
    </message>
    <message>
        <source>{n} invitations may or may not have arrived: sending them was cut short. Ask those people, and double-click one to send theirs again if it did not.</source>
        <translation>有 {n} 封邀请发送时被中断，无法确定对方是否已收到。请向这些人确认；如果没有收到，双击对应人员即可重新发送。</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>公司标志</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Use a PNG, JPEG or GIF smaller than 300 KB.</source>
        <translation>请使用小于 300 KB 的 PNG、JPEG 或 GIF 图片。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password of {user} on {host}:</source>
        <translation>{user} 在 {host} 上的密码：</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>Pass&amp;word…</source>
        <translation>密码(&amp;W)…</translation>
    </message>
    <message>
        <source>Send by SMTP instead</source>
        <translation>改用 SMTP 发送</translation>
    </message>
    <message>
        <source>Invitations are sent from your mailbox {address} through {provider} (no password needed).</source>
        <translation>邀请将通过 {provider} 从您的邮箱 {address} 发出（无需密码）。</translation>
    </message>
    <message>
        <source>Send from your mailbox through {provider} instead (no password needed)</source>
        <translation>改为通过 {provider} 从您的邮箱发送（无需密码）</translation>
    </message>
    <message>
        <source>Server {host}, port {port}, {security}: as {provider} gives them.</source>
        <translation>服务器 {host}，端口 {port}，{security}：按 {provider} 提供的设置填写。</translation>
    </message>
    <message>
        <source>Who gets an invitation</source>
        <translation>收到邀请的人</translation>
    </message>
    <message>
        <source>Sent {when}</source>
        <translation>已发送 {when}</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
    <message>
        <source>Unclear: the app stopped while sending</source>
        <translation>状态不明：发送时程序中断了</translation>
    </message>
    <message>
        <source>Unclear: it went out but no answer came back; it may have arrived</source>
        <translation>状态不明：已发出但没有收到回应，对方可能已收到</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Create the accounts first: invitations go to people whose mailbox exists and who have a personal email.</source>
        <translation>请先创建账号：只有已经有新邮箱、并且填写了个人邮箱的人才会收到邀请。</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>主题：{subject}</translation>
    </message>
    <message>
        <source>Example (no one to send it to yet) — Subject: {subject}</source>
        <translation>示例（暂时没有收件人）— 主题：{subject}</translation>
    </message>
    <message>
        <source>No one to invite yet</source>
        <translation>暂时没有可邀请的人</translation>
    </message>
    <message>
        <source>All invitations sent</source>
        <translation>邀请已全部发送</translation>
    </message>
    <message>
        <source>The invitations are sent from this mailbox</source>
        <translation>用这个邮箱发出邀请</translation>
    </message>
    <message>
        <source>Kept in your computer&apos;s password store, never in MailWizard&apos;s files.</source>
        <translation>密码保存在您电脑的系统密码库中，不会写入 MailWizard 的文件。</translation>
    </message>
    <message>
        <source>There is no one to invite by email: none of the people whose account exists has a personal email address. Add them on the Members step, or give each person their hand-over sheet (Members step, “Print hand-over sheets…”) and go on without email invitations.</source>
        <translation>没有可以用邮件邀请的人：已创建账号的人员都没有填写个人邮箱。请在“成员”步骤中补充，或把交接单交给每个人（“成员”步骤中的“打印交接单…”），然后不发邮件邀请直接继续。</translation>
    </message>
    <message>
        <source>Saved in your computer&apos;s password store.</source>
        <translation>已保存在您电脑的系统密码库中。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>要再发送一次吗？</translation>
    </message>
    <message>
        <source>{name} may already have this invitation. Send it again to {address}?</source>
        <translation>{name} 可能已经收到了这封邀请。要再发送一次到 {address} 吗？</translation>
    </message>
    <message>
        <source>Stopping after the invitation being sent…</source>
        <translation>正在发送的这封邀请发完后停止…</translation>
    </message>
    <message>
        <source>{sent} sent, {failed} failed: the reason is in the list. Fix the address and click Re-send failed.</source>
        <translation>已发送 {sent} 封，{failed} 封发送失败，原因见列表。请修改地址，然后点击“重发失败的邀请”。</translation>
    </message>
    <message>
        <source>Stopped: {sent} of {total} sent. Click Send to send the rest.</source>
        <translation>已停止：已发送 {sent}/{total}。再点一次发送即可发送其余邀请。</translation>
    </message>
    <message>
        <source>All invitations are sent.</source>
        <translation>所有邀请均已发送。</translation>
    </message>
    <message>
        <source>How does each person get their temporary password?</source>
        <translation>每个人怎样拿到自己的临时密码？</translation>
    </message>
    <message>
        <source>On a printed sheet</source>
        <translation>打印在纸上</translation>
    </message>
    <message>
        <source>I tell them in person</source>
        <translation>我当面告诉</translation>
    </message>
    <message>
        <source>In the invitation email</source>
        <translation>写在邀请邮件里</translation>
    </message>
    <message>
        <source>Quickest: the email holds the password, and each person must change it the first time they sign in. Until they do, anyone who can read their personal mailbox could sign in as them.</source>
        <translation>最快：密码写在邮件里，每个人第一次登录时必须修改。在修改之前，任何能看到其个人邮箱的人都可以冒用他登录。</translation>
    </message>
    <message>
        <source>You tell each person their password yourself, face to face or by phone: the passwords are on the Members step (“Print hand-over sheets…” shows them). The email says you will.</source>
        <translation>由您当面或打电话把密码告诉每个人：密码在“成员”步骤里（点“打印交接单…”可以看到）。邮件里会说明由您告知。</translation>
    </message>
    <message>
        <source>Safest: print one sheet per person on the Members step (“Print hand-over sheets…”) and hand it over. The email says the password comes on paper; each person changes it at first sign-in.</source>
        <translation>最安全：在“成员”步骤为每人打印一张交接单（“打印交接单…”）并交给本人。邮件里会说明密码写在纸上；每个人第一次登录时修改。</translation>
    </message>
</context>
<context>
    <name>KeepWatchingBox</name>
    <message>
        <source>Some of your email records have not arrived everywhere yet</source>
        <translation>部分电子邮件记录还没有在各处生效</translation>
    </message>
    <message>
        <source>They can take up to 48 hours to reach everyone after they are added at your DNS host. MailWizard can keep watching from the system tray and tell you when they have all arrived, or if something goes wrong.</source>
        <translation>记录在 DNS 服务商添加后，最长可能需要 48 小时才能在各处生效。MailWizard 可以在系统托盘中继续检查，等记录全部生效或出现问题时通知您。</translation>
    </message>
    <message>
        <source>They can take up to 48 hours to reach everyone after they are added at your DNS host. MailWizard can check them every few minutes after you close it and tell you when they have all arrived, or if something goes wrong.</source>
        <translation>记录在 DNS 服务商添加后，最长可能需要 48 小时才能在各处生效。关闭 MailWizard 后，它可以每隔几分钟检查一次，等记录全部生效或出现问题时通知您。</translation>
    </message>
    <message>
        <source>Also check every few minutes after I close MailWizard (until the records arrive)</source>
        <translation>关闭 MailWizard 后也每隔几分钟检查一次（直到记录生效）</translation>
    </message>
    <message>
        <source>Check every few minutes after I close MailWizard (until the records arrive)</source>
        <translation>关闭 MailWizard 后每隔几分钟检查一次（直到记录生效）</translation>
    </message>
    <message>
        <source>&amp;Keep watching in the tray</source>
        <translation>在系统托盘中继续检查(&amp;K)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MailWizard — practice (no real accounts)</source>
        <translation>MailWizard — 练习（不创建真实账号）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Practice mode.&lt;/b&gt; Everything here happens inside MailWizard on this computer: no real provider, DNS host or mailbox is touched, and it is all forgotten when you close this window.</source>
        <translation>&lt;b&gt;练习模式。&lt;/b&gt;这里的一切都只在本机的 MailWizard 内进行：不会动到任何真实的服务商、DNS 服务商或邮箱，关闭此窗口后全部清除。</translation>
    </message>
    <message>
        <source>MailWizard — set up company email</source>
        <translation>MailWizard — 设置公司邮箱</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>重新开始…</translation>
    </message>
    <message>
        <source>DNS servers to watch…</source>
        <translation>要检查的 DNS 服务器…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About MailWizard</source>
        <translation>关于 MailWizard</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
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
        <translation>要重新开始吗？</translation>
    </message>
    <message>
        <source>Everything you entered in MailWizard is cleared: the plan, your company&apos;s details, the domain, the list of people and what was sent to them. Accounts already created stay at your email provider, and nothing changes at your domain registrar.</source>
        <translation>您在 MailWizard 中填写的所有内容都会被清除，包括所选套餐、公司信息、域名、人员名单以及已发送的记录。已经创建的账号仍保留在邮箱服务商那里，域名注册商那边也不会有任何变化。</translation>
    </message>
    <message>
        <source>Clear and start over</source>
        <translation>清除并重新开始</translation>
    </message>
    <message>
        <source>DNS servers to watch</source>
        <translation>要检查的 DNS 服务器</translation>
    </message>
    <message>
        <source>Public DNS servers the DNS step asks, separated by commas (IP or IP:port).
Leave empty for the defaults.</source>
        <translation>DNS 步骤要询问的公共 DNS 服务器，用逗号分隔（IP 或 IP:端口）。
留空则使用默认服务器。</translation>
    </message>
    <message>
        <source>One of these is not an IP address. Nothing was changed.</source>
        <translation>其中有一项不是 IP 地址，设置没有更改。</translation>
    </message>
    <message>
        <source>MailWizard {version}
Sets up company email with a hosted provider, step by step.</source>
        <translation>MailWizard {version}
一步一步帮您通过邮箱服务商开通公司邮箱。</translation>
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
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Personal email</source>
        <translation>个人邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Mailbox size (GB)</source>
        <translation>邮箱容量（GB）</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Other addresses of the same mailbox, e.g. a second spelling of the name: mail to any of them arrives in this person&apos;s inbox. Separate several with commas.</source>
        <translation>同一个邮箱的其他地址，例如姓名的另一种拼写：发到其中任何一个地址的邮件都会进入此人的收件箱。多个地址用逗号分隔。</translation>
    </message>
    <message>
        <source>Problem: {reason}</source>
        <translation>出现问题：{reason}</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>尚未创建</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>正在创建</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Already existed</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>普通成员</translation>
    </message>
    <message>
        <source>Member + team group</source>
        <translation>普通成员 + 团队群组</translation>
    </message>
    <message>
        <source>Can manage users</source>
        <translation>可管理用户</translation>
    </message>
    <message>
        <source>Can manage users + team group</source>
        <translation>可管理用户 + 团队群组</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Who needs a mailbox</source>
        <translation>哪些人需要邮箱</translation>
    </message>
    <message>
        <source>Add your staff one by one or import a spreadsheet. Addresses are suggested from names; you can change any of them. The personal email is where each person&apos;s invitation will go.</source>
        <translation>您可以逐个添加员工，也可以从表格导入。邮箱地址会根据姓名自动给出建议，每一个都可以修改。邀请邮件会发送到每个人的个人邮箱。</translation>
    </message>
    <message>
        <source>Addresses like:</source>
        <translation>地址格式：</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Team group for “+ team group” (its shared drive, calendar and files):</source>
        <translation>“+ 团队群组”所加入的群组（含其共享云端硬盘、日历和文件）：</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>未选择</translation>
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
        <translation>添加人员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import from spreadsheet…</source>
        <translation>从表格导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Download a &amp;template…</source>
        <translation>下载模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Pe&amp;ople ({n})</source>
        <translation>人员（{n}）(&amp;O)</translation>
    </message>
    <message>
        <source>Shar&amp;ed addresses ({n})</source>
        <translation>共享地址（{n}）(&amp;E)</translation>
    </message>
    <message>
        <source>Shar&amp;ed addresses</source>
        <translation>共享地址(&amp;E)</translation>
    </message>
    <message>
        <source>info@, sales@, a list per department: addresses that reach several people</source>
        <translation>info@、sales@、每个部门一个邮件组：发给多个人的地址</translation>
    </message>
    <message>
        <source>No mailbox size column: {provider}&apos;s admin API sets no size for new accounts, so each mailbox gets the size your plan gives.</source>
        <translation>不显示邮箱容量列：{provider} 的管理 API 不能为新账号设置容量，每个邮箱将获得您套餐提供的容量。</translation>
    </message>
    <message>
        <source>Your plan holds {max} accounts and the list has {n}. Remove people or choose a larger plan on the first step.</source>
        <translation>您的套餐最多包含 {max} 个账号，而列表中有 {n} 人。请移除一些人员，或回到第一步选择更大的套餐。</translation>
    </message>
    <message>
        <source>{plan} would hold everyone.</source>
        <translation>{plan} 可以容纳所有人。</translation>
    </message>
    <message>
        <source>Row {row}: {text}</source>
        <translation>第 {row} 行：{text}</translation>
    </message>
    <message>
        <source>Row {row}: {text} ({n} rows need attention)</source>
        <translation>第 {row} 行：{text}（共有 {n} 行需要处理）</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>导出成员</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Not connected to {provider}. Connect on the DNS step and MailWizard creates the accounts for you — or save the import file, upload it in the {provider} admin console, then click “I have imported the file”.</source>
        <translation>尚未连接{provider}。在 DNS 步骤中连接后，MailWizard 会替您创建账号；也可以保存导入文件，在{provider}管理后台上传，然后点击“我已导入文件”。</translation>
    </message>
    <message>
        <source>{provider} has no admin API MailWizard can use: save the import file, upload it in its admin console (the next window shows where), then click “I have imported the file”.</source>
        <translation>{provider}没有 MailWizard 可以使用的管理接口：请保存导入文件，在其管理后台上传（接下来的窗口会告诉您在哪里上传），然后点击“我已导入文件”。</translation>
    </message>
    <message>
        <source>All accounts created</source>
        <translation>所有账号均已创建</translation>
    </message>
    <message>
        <source>Connect to your provider on the DNS step first; MailWizard creates the accounts through it.</source>
        <translation>请先在 DNS 步骤中连接邮箱服务商；MailWizard 会通过服务商创建账号。</translation>
    </message>
    <message>
        <source>Accounts at {provider}: {used} · it does not report how many seats you bought.</source>
        <translation>{provider} 现有账号：{used} 个 · 它不提供您购买的席位数。</translation>
    </message>
    <message>
        <source>Seats: {used} of {bought} used</source>
        <translation>席位：已用 {used} 个，共 {bought} 个</translation>
    </message>
    <message>
        <source>{seats} · your list adds {adds} — {over} more than you have. Buy more seats in the admin console or remove members.</source>
        <translation>{seats} · 您的名单还要新增 {adds} 个，比剩余席位多 {over} 个。请在管理后台购买更多席位，或从名单中移除成员。</translation>
    </message>
    <message>
        <source>{seats} · your list adds {adds}.</source>
        <translation>{seats} · 您的名单将新增 {adds} 个。</translation>
    </message>
    <message>
        <source>{seats}.</source>
        <translation>{seats}。</translation>
    </message>
    <message>
        <source>All {n} accounts exist.</source>
        <translation>全部 {n} 个账号都已存在。</translation>
    </message>
    <message>
        <source>{done} of {total} created</source>
        <translation>已创建 {done}/{total}</translation>
    </message>
    <message>
        <source>{made} · {n} not created</source>
        <translation>{made} · {n} 个未能创建</translation>
    </message>
    <message>
        <source>{made} · less than a minute left</source>
        <translation>{made} · 剩余不到一分钟</translation>
    </message>
    <message>
        <source>{made} · {duration} left</source>
        <translation>{made} · 还需{duration}</translation>
    </message>
    <message>
        <source>Accounts already created stay; the rest can be created later.</source>
        <translation>已创建的账号会保留，其余的可以稍后再创建。</translation>
    </message>
    <message>
        <source>{people} · your plan allows up to {max}</source>
        <translation>{people} · 套餐最多 {max} 人</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>暂停(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Print hand-over sheets…</source>
        <translation>打印交接单(&amp;P)…</translation>
    </message>
    <message>
        <source>I ha&amp;ve imported the file</source>
        <translation>我已导入文件(&amp;V)</translation>
    </message>
    <message>
        <source>St&amp;op creating</source>
        <translation>停止创建(&amp;O)</translation>
    </message>
    <message>
        <source>Accounts created</source>
        <translation>已创建的账号</translation>
    </message>
    <message>
        <source>&amp;Save the import file…</source>
        <translation>保存导入文件(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Create 1 account</source>
        <translation>创建 1 个账号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Create {n} accounts</source>
        <translation>创建 {n} 个账号(&amp;C)</translation>
    </message>
    <message>
        <source>Add people first</source>
        <translation>请先添加人员</translation>
    </message>
    <message>
        <source>The account exists.</source>
        <translation>账号已存在。</translation>
    </message>
    <message>
        <source>Save the import file</source>
        <translation>保存导入文件</translation>
    </message>
    <message>
        <source>&lt;p&gt;Saved {file}.&lt;/p&gt;&lt;p&gt;In the {provider} admin console: &lt;b&gt;{menu}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;已保存 {file}。&lt;/p&gt;&lt;p&gt;在{provider}管理后台：&lt;b&gt;{menu}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The console takes at most {max} people per file, so the list is in {n} files: upload them one after another.&lt;/p&gt;</source>
        <translation>&lt;p&gt;管理后台每个文件最多接受 {max} 人，因此名单分成了 {n} 个文件：请依次逐个上传。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;MailWizard could not confirm this console&apos;s exact column layout: compare the file&apos;s columns with the template the console offers before you upload it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;MailWizard 未能确认该管理后台要求的确切列格式：上传前，请将文件的各列与管理后台提供的模板核对一下。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The file holds the members&apos; temporary passwords.&lt;/b&gt; Delete it as soon as the upload is done; the hand-over sheets print them for each member.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;该文件包含成员的临时密码。&lt;/b&gt;上传完成后请立即删除；交接单会为每位成员打印各自的密码。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;When the console says the import is done, click “I have imported the file”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;管理后台显示导入完成后，请点击“我已导入文件”。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import file saved</source>
        <translation>导入文件已保存</translation>
    </message>
    <message>
        <source>Save hand-over sheets</source>
        <translation>保存交接单</translation>
    </message>
    <message>
        <source>Every seat you bought is in use: {ok} created, {n} not created. Buy more seats in the admin console or remove members, then click Create again; nothing is created twice.</source>
        <translation>您购买的席位已全部用完：已创建 {ok} 个，{n} 个未创建。请在管理后台购买更多席位或移除成员，然后再次点击“创建”；已创建的账号不会重复创建。</translation>
    </message>
    <message>
        <source>{ok} created, {bad} could not be created. Row {row}: {reason}. Fix them and click Create again; nothing is created twice.</source>
        <translation>已创建 {ok} 个，{bad} 个无法创建。第 {row} 行：{reason}。请修改后再次点击“创建”；已创建的账号不会重复创建。</translation>
    </message>
    <message>
        <source>1 address was already taken in your organisation: change it and create again.</source>
        <translation>有 1 个地址在您的组织中已被使用：请修改该地址，然后重新创建。</translation>
    </message>
    <message>
        <source>{n} addresses were already taken in your organisation: change them and create again.</source>
        <translation>有 {n} 个地址在您的组织中已被使用：请修改这些地址，然后重新创建。</translation>
    </message>
    <message>
        <source>Your new address</source>
        <translation>您的新邮箱地址</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>You will choose your own password when you first sign in.</source>
        <translation>第一次登录时，您需要设置自己的新密码。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We will use {domain}.</source>
        <translation>我们将使用 {domain}。</translation>
    </message>
    <message>
        <source>Type your company&apos;s domain, the part after @ in your email addresses, for example yourcompany.com.</source>
        <translation>请输入公司的域名，也就是邮箱地址中 @ 后面的部分，例如 yourcompany.com。</translation>
    </message>
    <message>
        <source>This is a web address. Type only the domain, without https://, www. or slashes.</source>
        <translation>这是网址。请只输入域名，不要带 https://、www. 或斜杠。</translation>
    </message>
    <message>
        <source>This is an email address. Type only the part after @.</source>
        <translation>这是一个邮箱地址。请只输入 @ 后面的部分。</translation>
    </message>
    <message>
        <source>Remove the part after the slash (/). Type only the domain.</source>
        <translation>请删去斜杠（/）及后面的部分，只输入域名。</translation>
    </message>
    <message>
        <source>Remove the colon (:) and the number after it. Type only the domain.</source>
        <translation>请删去冒号（:）和后面的数字，只输入域名。</translation>
    </message>
    <message>
        <source>A domain cannot contain spaces. Check for a space typed by mistake.</source>
        <translation>域名中不能有空格。请检查是否不小心输入了空格。</translation>
    </message>
    <message>
        <source>This is an IP address, not a domain. Email addresses need a domain name such as yourcompany.com.</source>
        <translation>这是 IP 地址，不是域名。邮箱地址需要使用域名，例如 yourcompany.com。</translation>
    </message>
    <message>
        <source>A domain cannot start with a dot. Remove the first dot.</source>
        <translation>域名不能以点（.）开头。请删去开头的点。</translation>
    </message>
    <message>
        <source>There are two dots in a row. Remove one of them.</source>
        <translation>这里有两个连续的点。请删去其中一个。</translation>
    </message>
    <message>
        <source>“{char}” cannot be used in a domain. Use letters, digits and hyphens (-) only.</source>
        <translation>域名中不能使用“{char}”。请只使用字母、数字和连字符（-）。</translation>
    </message>
    <message>
        <source>“{label}” starts or ends with a hyphen, which domains do not allow. Remove that hyphen.</source>
        <translation>“{label}”以连字符开头或结尾，域名不允许这样。请删去这个连字符。</translation>
    </message>
    <message>
        <source>“{label}” has two hyphens in the third and fourth place, which domains do not allow. Check the spelling.</source>
        <translation>“{label}”的第三、第四个字符是两个连字符，域名不允许这样。请检查拼写。</translation>
    </message>
    <message>
        <source>“{label}” mixes alphabets: its “{char}” is a Cyrillic or Greek letter that only looks like a Latin one, so this is a different domain from the one you mean. Type the domain again on your keyboard instead of pasting it.</source>
        <translation>“{label}”混用了不同的字母表：其中的“{char}”是西里尔字母或希腊字母，只是看起来像英文字母，所以这是另一个域名，并不是您想要的那个。请用键盘重新输入域名，不要粘贴。</translation>
    </message>
    <message>
        <source>“{label}” starts with xn-- but is not a valid encoded name. Type the domain in its normal letters instead.</source>
        <translation>“{label}”以 xn-- 开头，但不是有效的编码名称。请改为输入域名原本的文字。</translation>
    </message>
    <message>
        <source>The part “{label}” is too long: each part between dots can have at most {max} characters. Check the spelling.</source>
        <translation>“{label}”这一段太长了：两个点之间的每一段最多只能有 {max} 个字符。请检查拼写。</translation>
    </message>
    <message>
        <source>This domain is {length} characters long; the limit is {max}. Check what was pasted.</source>
        <translation>这个域名有 {length} 个字符，上限是 {max} 个。请检查粘贴的内容。</translation>
    </message>
    <message>
        <source>“{label}” mixes characters that cannot stand together in a domain. Check the spelling, or type the domain as your registrar shows it.</source>
        <translation>“{label}”中混用了不能在域名里同时出现的字符。请检查拼写，或按照域名注册商显示的样子输入域名。</translation>
    </message>
    <message>
        <source>“{suffix}” is only the ending. Type your whole domain, for example yourcompany.{suffix}.</source>
        <translation>“{suffix}”只是域名后缀。请输入完整的域名，例如 yourcompany.{suffix}。</translation>
    </message>
    <message>
        <source>“{name}” has no ending. Add it, for example {name}.com or {name}.cn.</source>
        <translation>“{name}”缺少后缀。请加上后缀，例如 {name}.com 或 {name}.cn。</translation>
    </message>
    <message>
        <source>Domains ending in .{tld} only work inside a local network, so they cannot receive email. Type the domain you registered.</source>
        <translation>以 .{tld} 结尾的域名只能在内部网络中使用，无法接收邮件。请输入您注册的域名。</translation>
    </message>
    <message>
        <source>A domain cannot end in a number (.{tld}). Check the ending.</source>
        <translation>域名不能以数字结尾（.{tld}）。请检查后缀。</translation>
    </message>
    <message>
        <source>The ending .{tld} does not exist. Check the spelling, for example .com, .cn or .com.tw.</source>
        <translation>不存在 .{tld} 这个后缀。请检查拼写，例如 .com、.cn 或 .com.tw。</translation>
    </message>
    <message>
        <source>“{suffix}” is an ending shared by many companies. Type your whole domain, for example yourcompany.{suffix}.</source>
        <translation>“{suffix}”是许多公司共用的后缀。请输入完整的域名，例如 yourcompany.{suffix}。</translation>
    </message>
    <message>
        <source>Leave out “www.”: email addresses use {domain}.</source>
        <translation>请去掉“www.”：邮箱地址使用的是 {domain}。</translation>
    </message>
    <message>
        <source>{typed} is part of {domain}. Email is usually set up for the whole domain, so type {domain}.</source>
        <translation>{typed} 是 {domain} 的一部分。邮箱通常是为整个域名设置的，所以请输入 {domain}。</translation>
    </message>
    <message>
        <source>Type an email address.</source>
        <translation>请输入邮箱地址。</translation>
    </message>
    <message>
        <source>An email address needs an @, for example name@yourcompany.com.</source>
        <translation>邮箱地址需要包含 @，例如 name@yourcompany.com。</translation>
    </message>
    <message>
        <source>An email address has only one @. Check what was pasted.</source>
        <translation>邮箱地址只能有一个 @。请检查粘贴的内容。</translation>
    </message>
    <message>
        <source>The part before @ (“{local}”) is not valid. Use letters, digits, dots, hyphens or underscores, with no dot at the start or end.</source>
        <translation>@ 前面的部分（“{local}”）格式不正确。请使用字母、数字、点、连字符或下划线，开头和结尾不能是点。</translation>
    </message>
    <message>
        <source>The part before @ is too long: at most {max} characters.</source>
        <translation>@ 前面的部分太长了：最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>The part after @ (“{domain}”) is not a valid domain.</source>
        <translation>@ 后面的部分（“{domain}”）不是有效的域名。</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <source>Checking that {domain} exists on the internet…</source>
        <translation>正在确认 {domain} 在互联网上是否存在…</translation>
    </message>
    <message>
        <source>{domain} is registered. Its DNS settings are managed at {host}: on step 3 you add a few records there.</source>
        <translation>{domain} 已注册。它的域名解析设置在 {host}：第 3 步您需要在那里添加几条记录。</translation>
    </message>
    <message>
        <source>{domain} is registered. Its DNS is hosted at {nameservers}.</source>
        <translation>{domain} 已注册。它的域名解析由 {nameservers} 提供。</translation>
    </message>
    <message>
        <source>{domain} does not exist on the internet yet. A domain must be registered before it can receive email. Register it at a registrar, then check again.</source>
        <translation>{domain} 目前在互联网上还不存在。域名必须先注册才能接收邮件。请先到域名注册商注册，然后重新检查。</translation>
    </message>
    <message>
        <source>{domain} is registered but has no DNS servers yet, so it cannot receive email. Ask your registrar to set its DNS servers; you can continue meanwhile.</source>
        <translation>{domain} 已注册，但还没有 DNS 服务器，所以暂时无法接收邮件。请联系域名注册商设置 DNS 服务器；在此期间您可以继续操作。</translation>
    </message>
    <message>
        <source>We could not reach the internet to check {domain}. Check the network, proxy or firewall. You can continue and we will check again later.</source>
        <translation>无法连接互联网，暂时不能检查 {domain}。请检查网络、代理或防火墙。您可以先继续，我们稍后会再检查。</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>正确。</translation>
    </message>
    <message>
        <source>Correct (an older set of values the provider still accepts).</source>
        <translation>正确（这是邮箱服务商仍然接受的旧版记录值）。</translation>
    </message>
    <message>
        <source>Your existing record is kept; it is fine.</source>
        <translation>已保留您现有的记录，它没有问题。</translation>
    </message>
    <message>
        <source>Waiting for the value from your provider ({value}). Paste it below or connect the provider.</source>
        <translation>正在等待邮箱服务商提供的值（{value}）。请在下方粘贴，或者连接邮箱服务商。</translation>
    </message>
    <message>
        <source>This server did not answer in time. We will ask again.</source>
        <translation>这台服务器没有及时响应，我们会再查询一次。</translation>
    </message>
    <message>
        <source>This server could not look the record up (SERVFAIL). It is often temporary; we will ask again.</source>
        <translation>这台服务器无法查询这条记录（SERVFAIL）。这种情况通常是暂时的，我们会再查询一次。</translation>
    </message>
    <message>
        <source>This server refused to answer. We will ask again.</source>
        <translation>这台服务器拒绝了查询，我们会再查询一次。</translation>
    </message>
    <message>
        <source>This server could not be asked. Check the network.</source>
        <translation>无法向这台服务器查询。请检查网络。</translation>
    </message>
    <message>
        <source>The value is different: found “{found}”. Change it to the value shown above.</source>
        <translation>记录值不一致：查到的是“{found}”。请改成上面显示的值。</translation>
    </message>
    <message>
        <source>{name} is an alias (CNAME) for {target}, so no other record can live there. Delete that CNAME record, then add this one.</source>
        <translation>{name} 是 {target} 的别名（CNAME），所以这里不能再有其他记录。请先删除那条 CNAME 记录，再添加这条记录。</translation>
    </message>
    <message>
        <source>The record was created at {found}: your DNS host added the domain a second time. Edit it and type only the part before your domain in the name field.</source>
        <translation>这条记录被建成了 {found}：您的 DNS 服务商又自动加了一次域名。请编辑这条记录，在“主机记录”一栏只填写域名前面的部分。</translation>
    </message>
    <message>
        <source>The target became {found}: your DNS host added your domain to it. Type it with a dot at the end ({expected}.) or as your DNS host&apos;s guide says.</source>
        <translation>目标变成了 {found}：您的 DNS 服务商在后面自动加上了您的域名。请在末尾加一个点（{expected}.），或者按照 DNS 服务商的说明填写。</translation>
    </message>
    <message>
        <source>Your old email service ({old}) still comes first, so mail keeps going there. Delete its MX records.</source>
        <translation>旧的邮箱服务（{old}）仍然排在前面，所以邮件还会继续送到那里。请删除它的 MX 记录。</translation>
    </message>
    <message>
        <source>Mail still goes to the old email service ({old}). Add the new MX records and delete the old ones, as “Records to add” says.</source>
        <translation>邮件仍会送往旧的邮箱服务（{old}）。请按“需要添加的记录”添加新的 MX 记录，并删除旧的。</translation>
    </message>
    <message>
        <source>The old email service&apos;s MX records ({old}) are still there. Delete them so all mail reaches the new mailboxes.</source>
        <translation>旧邮箱服务的 MX 记录（{old}）还在。请删除这些记录，让所有邮件都能送到新邮箱。</translation>
    </message>
    <message>
        <source>The MX priorities are in the wrong order. Use the priority numbers shown above.</source>
        <translation>MX 记录的优先级顺序不对。请使用上面显示的优先级数字。</translation>
    </message>
    <message>
        <source>The value has quotation marks around it. Remove the quotes: paste only the text.</source>
        <translation>记录值两边带了引号。请去掉引号，只粘贴里面的文字。</translation>
    </message>
    <message>
        <source>The value has spaces at the start or end. Remove them.</source>
        <translation>记录值的开头或结尾有空格。请删除这些空格。</translation>
    </message>
    <message>
        <source>There is no SPF record yet. Add the TXT record shown above.</source>
        <translation>还没有 SPF 记录。请添加上面显示的 TXT 记录。</translation>
    </message>
    <message>
        <source>There are {count} SPF records; only one is allowed, so receivers ignore all of them. Keep the one shown above and delete the others.</source>
        <translation>现在有 {count} 条 SPF 记录；SPF 只允许有一条，所以收件方会把它们全部忽略。请保留上面显示的那一条，删除其余的。</translation>
    </message>
    <message>
        <source>The SPF record has no “{include}” in it yet. Replace it with the value shown above.</source>
        <translation>SPF 记录中还没有“{include}”。请用上面显示的值替换它。</translation>
    </message>
    <message>
        <source>The DMARC record “{found}” has a mistake at “{part}”, so mail servers ignore it. Replace it with {expected}.</source>
        <translation>DMARC 记录“{found}”在“{part}”处有错误，邮件服务器会忽略它。请把它替换为 {expected}。</translation>
    </message>
    <message>
        <source>There are {count} DMARC records; only one is allowed. Delete all but one.</source>
        <translation>现在有 {count} 条 DMARC 记录，但只允许有一条。请只保留一条，删除其余的。</translation>
    </message>
    <message>
        <source>Correct everywhere.</source>
        <translation>在各处都已正确生效。</translation>
    </message>
    <message>
        <source>Needs a value from your provider ({value}) before it can be added.</source>
        <translation>需要先取得邮箱服务商提供的值（{value}），才能添加这条记录。</translation>
    </message>
    <message>
        <source>Your DNS host&apos;s servers could not be reached. Check the network; we will try again.</source>
        <translation>无法连接您的 DNS 服务商的服务器。请检查网络，我们会再试一次。</translation>
    </message>
    <message>
        <source>Your DNS host&apos;s servers could not be reached. Check the network and run the check again.</source>
        <translation>无法连接您的域名解析服务商的服务器。请检查网络，然后重新运行检查。</translation>
    </message>
    <message>
        <source>This server did not answer in time.</source>
        <translation>此服务器未在限定时间内应答。</translation>
    </message>
    <message>
        <source>This server could not look the record up (SERVFAIL). It is often temporary: run the check again in a few minutes.</source>
        <translation>此服务器无法查询该记录（SERVFAIL）。这通常是暂时的：请过几分钟再运行一次检查。</translation>
    </message>
    <message>
        <source>This server refused to answer.</source>
        <translation>此服务器拒绝应答。</translation>
    </message>
    <message>
        <source>No DNS server answered ({servers}): this computer seems to be offline, or those servers are out of its reach. Check the network connection and run the check again.</source>
        <translation>没有任何 DNS 服务器应答（{servers}）：这台电脑似乎没有联网，或者无法访问这些服务器。请检查网络连接，然后重新运行检查。</translation>
    </message>
    <message>
        <source>{name} is an alias (CNAME) for {target}. Mail records cannot live next to it: delete the CNAME first.</source>
        <translation>{name} 是 {target} 的别名（CNAME），邮件相关的记录不能与它并存：请先删除这条 CNAME 记录。</translation>
    </message>
    <message>
        <source>You already have a DMARC record (“{value}”). It is kept as it is.</source>
        <translation>您已经有一条 DMARC 记录（“{value}”），会保持原样。</translation>
    </message>
    <message>
        <source>Your domain has {count} SPF records. Replace them with the one record shown here.</source>
        <translation>您的域名有 {count} 条 SPF 记录。请用这里显示的这一条记录替换它们。</translation>
    </message>
    <message>
        <source>The SPF record needs {count} DNS lookups; the limit is {limit}, and over it mail may be rejected. Remove services you no longer use, for example: {remove}.</source>
        <translation>这条 SPF 记录需要 {count} 次 DNS 查询，上限是 {limit} 次，超过上限可能导致邮件被拒收。请从中删去不再使用的服务，例如：{remove}。</translation>
    </message>
    <message>
        <source>Delete the old MX records ({old}) once the new ones are added. Mail sent in the meantime may still arrive at the old service for a few hours.</source>
        <translation>添加好新的 MX 记录后，请删除旧的 MX 记录（{old}）。在此期间发来的邮件，几个小时内仍可能送到旧的邮箱服务。</translation>
    </message>
    <message>
        <source>We suggest {plan}: it holds your {n} people for {cost} a month, and MailWizard can create the accounts for you.</source>
        <translation>我们推荐 {plan}：可供您的 {n} 人使用，每月 {cost}，而且 MailWizard 可以帮您创建账号。</translation>
    </message>
    <message>
        <source>We suggest {plan}: one mailbox for {cost} a month, and MailWizard can create the account for you.</source>
        <translation>我们推荐 {plan}：一个邮箱每月 {cost}，而且 MailWizard 可以帮您创建账号。</translation>
    </message>
    <message>
        <source>We suggest {plan}: it holds your {n} people for {cost} a month. You will create the accounts in its console, and we guide you.</source>
        <translation>我们推荐 {plan}：可供您的 {n} 人使用，每月 {cost}。账号需要您在它的管理后台创建，我们会一步步指导您。</translation>
    </message>
    <message>
        <source>We suggest {plan}: one mailbox for {cost} a month. You will create the account in its console, and we guide you.</source>
        <translation>我们推荐 {plan}：一个邮箱每月 {cost}。账号需要您在它的管理后台创建，我们会一步步指导您。</translation>
    </message>
    <message>
        <source>No plan fits your budget. The cheapest plan for {n} people is {plan} at {cost} a month.</source>
        <translation>没有符合您预算的套餐。适合 {n} 人的最便宜套餐是 {plan}，每月 {cost}。</translation>
    </message>
    <message>
        <source>No plan fits your budget. The cheapest plan for one person is {plan} at {cost} a month.</source>
        <translation>没有符合您预算的套餐。适合 1 人的最便宜套餐是 {plan}，每月 {cost}。</translation>
    </message>
    <message>
        <source>No plan with a confirmed price can hold {n} people. Check the providers&apos; own pages for larger plans.</source>
        <translation>没有已确认价格的套餐能容纳 {n} 人。请到各服务商的官网查看更大的套餐。</translation>
    </message>
    <message>
        <source>The provider answered with an error. Try again later.</source>
        <translation>服务商返回了错误。请稍后再试。</translation>
    </message>
    <message>
        <source>Not connected yet. Click Connect and sign in.</source>
        <translation>尚未连接。请点击“连接”并登录。</translation>
    </message>
    <message>
        <source>Signing in did not work ({reason}). Check the app registration and try again.</source>
        <translation>登录没有成功（{reason}）。请检查应用注册设置，然后再试一次。</translation>
    </message>
    <message>
        <source>Signing in was cancelled in the browser. Click Connect to try again.</source>
        <translation>登录已在浏览器中取消。请点击“连接”再试一次。</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was withdrawn. Click Connect and sign in again.</source>
        <translation>您的登录已过期或已被撤销。请点击“连接”，重新登录。</translation>
    </message>
    <message>
        <source>MailWizard cannot give this permission at this provider: choose “Member” here, and give the role or the group in the provider&apos;s admin console once the account exists.</source>
        <translation>MailWizard 无法在此服务商处授予这项权限：请在这里选择“普通成员”，账号创建后再到服务商的管理后台授予角色或加入群组。</translation>
    </message>
    <message>
        <source>“+ team group” needs a group: choose the team group above the table (connect to the provider first), or choose a preset without it.</source>
        <translation>“+ 团队群组”需要一个群组：请在表格上方选择团队群组（需先连接服务商），或改选不含群组的权限。</translation>
    </message>
    <message>
        <source>Google needs the OAuth client&apos;s secret as well as its ID. Copy the client secret from the same OAuth client in the Google Cloud console (APIs &amp; Services &gt; Credentials) and click Connect again.</source>
        <translation>Google 除了客户端 ID，还需要这个 OAuth 客户端的密钥。请在 Google Cloud 控制台（“API 和服务 &gt; 凭据”）中从同一个 OAuth 客户端复制客户端密钥，然后再次点击“连接”。</translation>
    </message>
    <message>
        <source>This computer has no password store MailWizard can use, so your sign-in is kept only until MailWizard closes. You will be asked to sign in again next time.</source>
        <translation>这台电脑上没有 MailWizard 可以使用的系统密码库，因此您的登录信息只会保留到 MailWizard 关闭为止。下次使用时需要重新登录。</translation>
    </message>
    <message>
        <source>This address is already used by {other} in row {row}. Two people cannot share one mailbox. Choose another, e.g. {value}2.</source>
        <translation>第 {row} 行的 {other} 已经在使用这个地址。两个人不能共用一个邮箱。请换一个地址，例如 {value}2。</translation>
    </message>
    <message>
        <source>The provider asks us to slow down. MailWizard waited and tried again, but it is still busy; try again in a few minutes.</source>
        <translation>服务商表示请求过于频繁。MailWizard 已等待并重试，但服务商仍然繁忙；请过几分钟再试。</translation>
    </message>
    <message>
        <source>Not there yet. Add this {type} record at your DNS host, written as in “Records to add”.</source>
        <translation>还查不到这条记录。请按“需要添加的记录”中的写法，在您的 DNS 服务商处添加这条 {type} 记录。</translation>
    </message>
    <message>
        <source>Your DNS host has it right; this public DNS server still remembers the old answer for {duration}.</source>
        <translation>您的 DNS 服务商处已设置正确；这台公共 DNS 服务器还在使用缓存的旧结果，还需要{duration}才会更新。</translation>
    </message>
    <message>
        <source>Correct at your DNS host; some public DNS servers could not be asked.</source>
        <translation>您的 DNS 服务商处已正确；部分公共 DNS 服务器无法查询。</translation>
    </message>
    <message>
        <source>Added correctly. Some public DNS servers still show the old answer, for up to {duration}.</source>
        <translation>已正确添加。部分公共 DNS 服务器仍会显示旧结果，最长{duration}。</translation>
    </message>
    <message>
        <source>The account you signed in with is not allowed to do this. Sign in with an administrator account (Google: super administrator; Microsoft 365: Global Administrator, or Domain Name and User Administrator — and Privileged Role Administrator to make members user administrators, Groups Administrator to add them to a team group), and accept every permission MailWizard asks for. If you connected before this version, sign in again: it now also asks for permission to give administrator roles and to add members to groups.</source>
        <translation>您登录所用的账号没有执行此操作的权限。请改用管理员账号登录：Google 需要超级管理员；Microsoft 365 需要 Global Administrator（全局管理员），或同时具有 Domain Name Administrator（域名管理员）和 User Administrator（用户管理员）角色——要把成员设为用户管理员，还需要 Privileged Role Administrator（特权角色管理员），要把成员加入团队群组，还需要 Groups Administrator（组管理员）。登录时请接受 MailWizard 请求的所有权限。如果您在此版本之前已连接过，请重新登录：现在还需要授予管理员角色和管理群组成员的权限。</translation>
    </message>
    <message>
        <source>The provider&apos;s service is not answering right now. Try again in a few minutes.</source>
        <translation>服务商的系统暂时没有响应。请过几分钟再试。</translation>
    </message>
    <message>
        <source>The mailbox has reached its daily sending limit. Try again in about a day.</source>
        <translation>该邮箱已达到每日发信上限，请大约一天后再试。</translation>
    </message>
    <message>
        <source>The signed-in administrator has no mailbox to send from. Give it a mail licence in the admin console.</source>
        <translation>当前登录的管理员没有可用于发信的邮箱。请在管理后台为其分配邮箱许可证。</translation>
    </message>
    <message>
        <source>We could not reach {host}. Check the network, proxy or firewall.</source>
        <translation>无法连接到 {host}。请检查网络、代理或防火墙。</translation>
    </message>
    <message>
        <source>The certificate of {host} could not be verified, so MailWizard did not connect. A company proxy or security program that inspects secure connections may need its certificate installed on this computer; also check that the computer&apos;s date and time are right.</source>
        <translation>无法验证 {host} 的证书，因此 MailWizard 没有建立连接。如果公司的代理服务器或安全软件会检查加密连接，可能需要在这台电脑上安装它的证书；另外请确认电脑的日期和时间正确。</translation>
    </message>
    <message>
        <source>The connection dropped before the provider answered, so we cannot tell whether it was done. Run it again: MailWizard checks first and never creates anything twice.</source>
        <translation>服务商回复之前连接就中断了，因此无法确定操作是否已经完成。请再试一次：MailWizard 会先进行检查，绝不会重复创建任何内容。</translation>
    </message>
    <message>
        <source>This address is already taken in your organisation. Choose another address.</source>
        <translation>这个邮箱地址在您的组织中已被使用。请换一个地址。</translation>
    </message>
    <message>
        <source>The provider does not know this item.</source>
        <translation>服务商找不到这个项目。</translation>
    </message>
    <message>
        <source>The team group no longer exists at the provider (perhaps deleted in the admin console). Choose another group on the Members step, then create the accounts again.</source>
        <translation>服务商那里已不存在该团队群组（可能已在管理后台删除）。请在“成员”步骤选择其他群组，然后再次创建账号。</translation>
    </message>
    <message>
        <source>The provider has not finished setting up this new account yet. Wait a minute and click Create again: MailWizard finishes it without creating it twice.</source>
        <translation>服务商尚未完成这个新账号的设置。请稍等一分钟后再次点击“创建”：MailWizard 会完成它，不会重复创建。</translation>
    </message>
    <message>
        <source>The provider refused the request: {detail}</source>
        <translation>服务商拒绝了请求：{detail}</translation>
    </message>
    <message>
        <source>The provider cannot see the verification record for {domain} yet. It can take a while to reach the provider; MailWizard asks again when the DNS check sees it.</source>
        <translation>服务商还查不到 {domain} 的验证记录。记录可能需要一段时间才能被服务商查到；等 DNS 检查查到这条记录后，MailWizard 会再请服务商验证。</translation>
    </message>
    <message>
        <source>There are not enough licenses: {needed} needed, {available} free in {sku}. Buy more licenses in the admin center or choose fewer members; nothing was created.</source>
        <translation>许可证数量不足：需要 {needed} 个，{sku} 中只有 {available} 个可用。请在管理后台购买更多许可证，或减少所选的成员；这次没有创建任何内容。</translation>
    </message>
    <message>
        <source>Every seat you have bought is in use, so the provider refused this account and nothing of it was made. Buy more seats (licenses) in the provider&apos;s admin console, or remove members, then click Create again.</source>
        <translation>您购买的席位已全部用完，服务商拒绝了此账号，没有创建任何内容。请在服务商的管理后台购买更多席位（许可证），或移除成员，然后再次点击“创建”。</translation>
    </message>
    <message>
        <source>The service account may not act as this administrator. In the Google Admin console, under Security &gt; Access and data control &gt; API controls &gt; Domain-wide delegation, add its client ID with the scopes MailWizard needs (users, groups, domains, site verification, role management and gmail.send, which sends the invitations from the administrator&apos;s mailbox), and check the administrator&apos;s address.</source>
        <translation>该服务账号无权代表这位管理员操作。请在 Google 管理控制台的“安全性 &gt; 访问权限和数据控制 &gt; API 控制 &gt; 全网域授权”中添加它的客户端 ID 和 MailWizard 需要的权限范围（用户、群组、域名、网站验证、角色管理，以及用于从管理员邮箱发送邀请的 gmail.send），并确认管理员的邮箱地址。</translation>
    </message>
    <message>
        <source>The console&apos;s file must be saved as {encoding}, which cannot store some characters in rows {rows}: {characters} (in {values}). Change those entries, for example to a common character or to pinyin, then save again.</source>
        <translation>管理后台要求文件以 {encoding} 编码保存，而该编码无法保存第 {rows} 行中的一些字符：{characters}（在“{values}”中）。请修改这些内容，例如换成常用字或拼音，然后再次保存。</translation>
    </message>
    <message>
        <source>Rows {rows} have nothing in a column the console requires ({columns}). Fill them in, then save again.</source>
        <translation>第 {rows} 行在管理后台要求的列（{columns}）中没有内容。请填写后再次保存。</translation>
    </message>
    <message>
        <source>The console takes at most {max} people per file, and this list has {count}. Save it as several files.</source>
        <translation>管理后台每个文件最多接受 {max} 人，而这份名单有 {count} 人。请分成几个文件保存。</translation>
    </message>
    <message>
        <source>The passwords in rows {rows} start with =, +, - or @, which spreadsheet programs treat as a formula. Choose passwords that start with a letter or a digit.</source>
        <translation>第 {rows} 行的密码以 =、+、- 或 @ 开头，电子表格软件会把它当作公式。请选择以字母或数字开头的密码。</translation>
    </message>
    <message>
        <source>The mailbox sizes in rows {rows} ({values}) are not a number of gigabytes. Correct them, then save again.</source>
        <translation>第 {rows} 行的邮箱容量（{values}）不是以 GB 为单位的数字。请更正后再次保存。</translation>
    </message>
    <message>
        <source>MailWizard&apos;s import layout {file} is damaged ({problem}). Please reinstall MailWizard.</source>
        <translation>MailWizard 的导入格式文件 {file} 已损坏（{problem}）。请重新安装 MailWizard。</translation>
    </message>
    <message>
        <source>This provider&apos;s API cannot give the administrator role. Choose “Member” and give the role in its admin console.</source>
        <translation>此服务商的接口无法授予管理员角色。请选择“普通成员”，再到其管理后台授予该角色。</translation>
    </message>
    <message>
        <source>The provider did not accept the ID or the secret. Copy both again from its admin console (no spaces before or after) and click Connect.</source>
        <translation>服务商不接受该 ID 或 Secret。请从其管理后台重新复制这两项（前后不要有空格），然后点击“连接”。</translation>
    </message>
    <message>
        <source>The provider did not accept the ID or the secret at the site you chose. Check where your account was opened (each site has its own apps), copy both values again from its admin console (no spaces before or after) and click Connect.</source>
        <translation>服务商在您选择的站点不接受该 ID 或 Secret。请确认账号是在哪个站点开通的（每个站点有各自的应用），再从该站点的管理后台重新复制这两项（前后不要有空格），然后点击“连接”。</translation>
    </message>
    <message>
        <source>Your provider does not let this app use its admin API. The open API comes with the paid editions, and the app needs the user-management permission in the admin console. Without it, use the import file on the Members step.</source>
        <translation>您的服务商不允许此应用使用其管理接口。开放接口随付费版提供，而且需要在管理后台为该应用开启用户管理权限。否则，请使用“成员”步骤中的导入文件。</translation>
    </message>
    <message>
        <source>The provider does not accept the address {address}. Check that it is on your company&apos;s domain and uses only letters, digits, dots, hyphens and underscores.</source>
        <translation>服务商不接受地址 {address}。请检查它是否属于贵公司的域名，且只包含字母、数字、点、连字符和下划线。</translation>
    </message>
    <message>
        <source>“{value}” is too long for the provider: it takes at most {limit} bytes, about {chinese} Chinese characters. Shorten it in the table, then run Create again.</source>
        <translation>“{value}”太长，服务商最多只接受 {limit} 个字节，约 {chinese} 个汉字。请在表格里改短，然后再次点击“创建”。</translation>
    </message>
    <message>
        <source>The department “{department}” no longer exists at the provider (perhaps deleted in the admin console). Run Create again: MailWizard creates it anew.</source>
        <translation>服务商那里已不存在部门“{department}”（可能已在管理后台删除）。请再次运行“创建”：MailWizard 会重新创建它。</translation>
    </message>
    <message>
        <source>The provider&apos;s API cannot do this; the steps on this page say how to do it in its console.</source>
        <translation>服务商的接口无法完成此操作；本页的步骤说明了如何在其管理后台完成。</translation>
    </message>
    <message>
        <source>Microsoft 365 gives a new group the address of your default domain, and {domain} is not the default yet. In the Microsoft 365 admin center, open Settings &gt; Domains, select {domain} and choose Set as default, then run Create again.</source>
        <translation>Microsoft 365 会用默认域名作为新组的邮箱地址，而 {domain} 目前还不是默认域名。请在 Microsoft 365 管理中心打开“设置”&gt;“域”，选择 {domain} 并点“设为默认”，然后再次点击“创建”。</translation>
    </message>
    <message>
        <source>{domain} has not been added in the provider&apos;s admin console yet. Add it there as the steps say; MailWizard asks again once the DNS check sees the records.</source>
        <translation>{domain} 尚未在服务商的管理后台中添加。请按步骤在那里添加；DNS 检查看到记录后，MailWizard 会再次询问。</translation>
    </message>
    <message>
        <source>The key file could not be read. Choose the JSON file you downloaded from Google Cloud.</source>
        <translation>无法读取密钥文件。请选择从 Google Cloud 下载的 JSON 文件。</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>请输入这个人的姓名。</translation>
    </message>
    <message>
        <source>The name is too long for the provider: at most {max} characters.</source>
        <translation>姓名太长，服务商最多只接受 {max} 个字符。</translation>
    </message>
    <message>
        <source>This person has no address yet. Type the part before @, e.g. zhang.wei.</source>
        <translation>这个人还没有邮箱地址。请输入 @ 前面的部分，例如 zhang.wei。</translation>
    </message>
    <message>
        <source>“{value}” is an address at another domain. Type only the part before @ of the new address.</source>
        <translation>“{value}”是其他域名下的地址。请只输入新地址中 @ 前面的部分。</translation>
    </message>
    <message>
        <source>Use lower-case letters in the address; mail systems treat them the same anyway.</source>
        <translation>地址请使用小写字母；邮件系统本来就不区分大小写。</translation>
    </message>
    <message>
        <source>An address cannot have two dots in a row.</source>
        <translation>地址中不能有两个连续的点。</translation>
    </message>
    <message>
        <source>The part before @ can have at most 64 characters.</source>
        <translation>@ 前面的部分最多只能有 64 个字符。</translation>
    </message>
    <message>
        <source>“{value}” cannot be an address. Use letters a–z, digits, dots, hyphens or underscores, starting and ending with a letter or digit.</source>
        <translation>“{value}”不能用作邮箱地址。请使用字母 a–z、数字、点、连字符或下划线，开头和结尾必须是字母或数字。</translation>
    </message>
    <message>
        <source>This address is already used by {other}, who is in your list already. Two people cannot share one mailbox. Choose another, e.g. {value}2.</source>
        <translation>列表中已有的 {other} 正在使用这个地址。两个人不能共用一个邮箱。请换一个地址，例如 {value}2。</translation>
    </message>
    <message>
        <source>{value} already exists at your provider. Choose another address.</source>
        <translation>{value} 在服务商处已经存在。请换一个地址。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid email address; the invitation could not reach it.</source>
        <translation>“{value}”不是有效的邮箱地址，邀请邮件将无法送达。</translation>
    </message>
    <message>
        <source>“{value}” has letters before the @ that most mail servers cannot send to. Type another email of this person&apos;s, with only Latin letters, digits, dots or hyphens before the @.</source>
        <translation>“{value}”的 @ 前面有大多数邮件服务器无法投递的字符。请填写此人的另一个邮箱，@ 前面只用英文字母、数字、点或连字符。</translation>
    </message>
    <message>
        <source>“{value}” is at your company&apos;s new domain: the invitation would go to a mailbox no one can open yet. Type an email the person reads today, such as their personal one.</source>
        <translation>“{value}”是公司新域名下的地址：邀请会发到一个还没人能打开的邮箱。请填写此人现在能收到的邮箱，例如个人邮箱。</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number. Use digits, spaces, + and -.</source>
        <translation>“{value}”不是电话号码。请只使用数字、空格、+ 和 -。</translation>
    </message>
    <message>
        <source>“{value}” is not a size. Type a number of GB, e.g. 30.</source>
        <translation>“{value}”不是有效的容量。请输入以 GB 为单位的数字，例如 30。</translation>
    </message>
    <message>
        <source>The plan gives at most {max} GB per mailbox. Type {max} or less.</source>
        <translation>这个套餐每个邮箱最多 {max} GB。请输入 {max} 或更小的数字。</translation>
    </message>
    <message>
        <source>Choose Member or Can manage users.</source>
        <translation>请选择“普通成员”或“可管理用户”。</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet MailWizard can read. Save it as .xlsx or .csv and try again.</source>
        <translation>这个文件不是 MailWizard 能读取的表格。请将它另存为 .xlsx 或 .csv 格式，然后再试一次。</translation>
    </message>
    <message>
        <source>This file is protected with a password. Open it in Excel, remove the password, save it and import it again.</source>
        <translation>这个文件设置了密码保护。请在 Excel 中打开它，取消密码并保存，然后重新导入。</translation>
    </message>
    <message>
        <source>This file has no rows of people in it.</source>
        <translation>这个文件中没有任何人员信息。</translation>
    </message>
    <message>
        <source>Line {line} of this file opens a quotation mark (&quot;) that is never closed, so everyone after it would be read as one person. Open the file in Excel or a text editor, remove or close that quotation mark, save it and import it again.</source>
        <translation>此文件第 {line} 行有一个左引号（&quot;）没有对应的右引号，之后的所有人都会被读成同一个人。请用 Excel 或文本编辑器打开此文件，删除或补全这个引号，保存后再导入。</translation>
    </message>
    <message>
        <source>This file has more rows than MailWizard imports at once ({max}). Split it into parts.</source>
        <translation>这个文件的行数超过了 MailWizard 一次能导入的上限（{max} 行）。请把它拆分成几个文件。</translation>
    </message>
    <message>
        <source>The file “{file}” could not be read ({error}). If it is open in another program, close it there and try again.</source>
        <translation>无法读取文件“{file}”（{error}）。如果它正在其他程序中打开，请先在那里关闭，然后再试一次。</translation>
    </message>
    <message>
        <source>MailWizard could not read this file: something unexpected went wrong ({error}). Save it again as .xlsx or .csv and import it again.</source>
        <translation>MailWizard 无法读取这个文件：发生了意外错误（{error}）。请把它另存为 .xlsx 或 .csv 后重新导入。</translation>
    </message>
    <message>
        <source>The file “{file}” is not there any more: it was moved, renamed or deleted. Choose it again.</source>
        <translation>文件“{file}”已经不在原来的位置：它被移动、重命名或删除了。请重新选择文件。</translation>
    </message>
    <message>
        <source>This file is {size} MB; MailWizard reads member lists of up to {max} MB. Keep only the people and the columns about them (or split the list), save it and import it again.</source>
        <translation>此文件大小为 {size} MB；MailWizard 可读取的成员名单最大为 {max} MB。请只保留人员及其相关的列（或把名单拆分），保存后重新导入。</translation>
    </message>
    <message>
        <source>This workbook holds {size} MB once unpacked; MailWizard reads up to {max} MB, far more than a list of people needs. Copy the list into a new workbook, save it and import that one.</source>
        <translation>此工作簿解压后有 {size} MB；MailWizard 最多读取 {max} MB，这已远超一份人员名单所需。请把名单复制到一个新工作簿中，保存后导入新的工作簿。</translation>
    </message>
    <message>
        <source>This workbook is packed {ratio} to 1; spreadsheet programs pack lists at most {max} to 1, so it is damaged or made to overload the computer. Copy the list into a new workbook, save it and import that one.</source>
        <translation>此工作簿的压缩比为 {ratio} 比 1；电子表格软件保存名单时压缩比最多为 {max} 比 1，因此它可能已损坏，或是被刻意制作来拖垮电脑。请把名单复制到一个新工作簿中，保存后导入新的工作簿。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” goes on past row {max}, where MailWizard stops reading. Delete the empty rows below the list (or split it), save it and import it again.</source>
        <translation>工作表“{sheet}”超过了第 {max} 行，MailWizard 读到这里就会停止。请删除名单下方的空行（或把名单拆分），保存后重新导入。</translation>
    </message>
    <message>
        <source>This file has {lines} lines; MailWizard reads up to {max}. Delete the empty lines at the end (or split the list), save it and import it again.</source>
        <translation>此文件有 {lines} 行；MailWizard 最多读取 {max} 行。请删除末尾的空行（或把名单拆分），保存后重新导入。</translation>
    </message>
    <message>
        <source>Row {row} of this file has {columns} columns; MailWizard reads up to {max}. Keep only the columns about the people (name, address, phone, department…), save it and import it again.</source>
        <translation>此文件的第 {row} 行有 {columns} 列；MailWizard 最多读取 {max} 列。请只保留与人员有关的列（姓名、邮箱地址、电话、部门……），保存后重新导入。</translation>
    </message>
    <message>
        <source>A cell in row {row} is longer than MailWizard reads ({max} characters). Shorten it or delete its column, save the file and import it again.</source>
        <translation>第 {row} 行有一个单元格超出了 MailWizard 可读取的长度（{max} 个字符）。请缩短它或删除它所在的列，保存文件后重新导入。</translation>
    </message>
    <message>
        <source>Part of this file is saved in one text encoding and part in another, so names would come out garbled. Open it in Excel and save it as “CSV UTF-8”, then import it again.</source>
        <translation>此文件一部分以一种文字编码保存，另一部分以另一种编码保存，姓名会显示成乱码。请用 Excel 打开它，另存为“CSV UTF-8(逗号分隔)”，然后重新导入。</translation>
    </message>
    <message>
        <source>The names in this file come out garbled ({sample}): it is saved in a text encoding MailWizard cannot tell. Open it in Excel and save it as “CSV UTF-8”, then import it again.</source>
        <translation>此文件中的姓名读出来是乱码（{sample}）：它使用了 MailWizard 无法识别的文字编码。请用 Excel 打开它，另存为“CSV UTF-8(逗号分隔)”，然后重新导入。</translation>
    </message>
    <message>
        <source>Fill in the mailbox the invitations are sent from (user name and from address) and its server first.</source>
        <translation>请先填写用来发出邀请的邮箱（用户名和发件地址）及其服务器。</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password. Check them (some providers need an app password) and try again; nothing was sent.</source>
        <translation>邮件服务器不接受这个用户名或密码。请检查后再试一次（有些服务商需要使用应用专用密码）；这次没有发送任何邮件。</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} could not be reached. Check the server name, port, network or firewall; nothing was sent.</source>
        <translation>无法连接邮件服务器 {host}:{port}。请检查服务器名称、端口、网络或防火墙；这次没有发送任何邮件。</translation>
    </message>
    <message>
        <source>The certificate of {host} could not be verified, so MailWizard did not send anything. Check the server name; a company proxy may need its certificate installed on this computer.</source>
        <translation>无法验证 {host} 的证书，因此 MailWizard 没有发送任何邮件。请检查服务器名称；如果公司网络使用了代理，可能需要在这台电脑上安装代理的证书。</translation>
    </message>
    <message>
        <source>MailWizard needs the password of the sending account. Click Password… and type it.</source>
        <translation>MailWizard 需要发件账号的密码。请点击“密码…”并输入。</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} answered but offers no encryption (STARTTLS) on this port, so the password cannot be sent safely. Check the port: most providers use 465 with SSL, or 587 with STARTTLS.</source>
        <translation>邮件服务器 {host}:{port} 有响应，但这个端口不提供加密（STARTTLS），所以无法安全地发送密码。请检查端口：多数邮件服务商使用 465（SSL）或 587（STARTTLS）。</translation>
    </message>
    <message>
        <source>{sent} sent, then the mail server {host}:{port} stopped answering. Click Send to send the rest when it is back; no one gets theirs twice.</source>
        <translation>已发送 {sent} 封，之后邮件服务器 {host}:{port} 停止响应。等它恢复后再点一次发送，即可发送其余邀请，不会有人收到两次。</translation>
    </message>
    <message>
        <source>the letters before the @ cannot be sent to; give this person another personal email</source>
        <translation>@ 前面的字符无法投递，请为此人填写另一个个人邮箱</translation>
    </message>
    <message>
        <source>the address does not exist or was refused; check the personal email</source>
        <translation>地址不存在或被拒收，请检查个人邮箱</translation>
    </message>
    <message>
        <source>the server does not let this account send to that address (relay denied)</source>
        <translation>服务器不允许用这个账号发信到该地址（拒绝中继）</translation>
    </message>
    <message>
        <source>the receiving server refused the message</source>
        <translation>收件方服务器拒收了这封邮件</translation>
    </message>
    <message>
        <source>the receiving server was busy several times; try again later</source>
        <translation>收件方服务器多次表示繁忙，请稍后再试</translation>
    </message>
    <message>
        <source>Your changes could not be saved: {reason}. Check that the disk is not full.</source>
        <translation>无法保存您的更改：{reason}。请检查磁盘空间是否已满。</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: the disk is full. Free some space on it; MailWizard keeps your changes in this window and saves them with the next one.</source>
        <translation>最近的更改无法保存：磁盘已满。请在该磁盘上腾出一些空间；在此之前，MailWizard 会把您的更改保留在这个窗口中，并在下一次更改时一并保存。</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: MailWizard is not allowed to write in {path}. Check that folder&apos;s permissions; your changes are kept in this window until then.</source>
        <translation>最近的更改无法保存：MailWizard 没有权限写入 {path}。请检查该文件夹的权限；在此之前，您的更改会保留在这个窗口中。</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: another program is using MailWizard&apos;s saved work in {path}. Close it (perhaps another MailWizard); your changes are kept in this window until then.</source>
        <translation>最近的更改无法保存：另一个程序正在使用 {path} 中 MailWizard 已保存的进度。请关闭那个程序（可能是另一个 MailWizard）；在此之前，您的更改会保留在这个窗口中。</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: the disk could not be written ({reason}). Check that it is still connected; your changes are kept in this window until then.</source>
        <translation>最近的更改无法保存：无法写入磁盘（{reason}）。请检查磁盘是否仍然连接；在此之前，您的更改会保留在这个窗口中。</translation>
    </message>
    <message>
        <source>The disk with your saved work is full, so MailWizard cannot open it. Free some space on that disk and start MailWizard again. Your saved work is kept as it was, in {path}.</source>
        <translation>存放已保存进度的磁盘已满，MailWizard 无法打开它。请在该磁盘上腾出一些空间，然后重新启动 MailWizard。您已保存的进度原样保留在 {path}。</translation>
    </message>
    <message>
        <source>MailWizard is not allowed to write in the folder with your saved work, {path}: it is read-only, or it belongs to another user. Check that folder&apos;s permissions, or start MailWizard with --state-dir and a folder you can write to. Nothing in it has been changed.</source>
        <translation>MailWizard 没有权限写入存放已保存进度的文件夹 {path}：它是只读的，或者属于另一个用户。请检查该文件夹的权限，或者用 --state-dir 指定一个您可以写入的文件夹来启动 MailWizard。文件夹中的内容没有任何改动。</translation>
    </message>
    <message>
        <source>Another program is using your saved work in {path} (perhaps MailWizard on another computer, or as another user). Close it and start MailWizard again. Nothing in it has been changed.</source>
        <translation>另一个程序正在使用 {path} 中您已保存的进度（可能是另一台电脑上或另一个用户的 MailWizard）。请关闭它，然后重新启动 MailWizard。其中的内容没有任何改动。</translation>
    </message>
    <message>
        <source>MailWizard could not read or write its saved work in {path} ({reason}): the disk may be failing or disconnected. Check it and start MailWizard again. The file has been left where it is.</source>
        <translation>MailWizard 无法读写 {path} 中已保存的进度（{reason}）：磁盘可能出了故障或已断开连接。请检查磁盘，然后重新启动 MailWizard。该文件仍留在原处。</translation>
    </message>
    <message>
        <source>Something went wrong ({reason}). Your work is kept; please try again.</source>
        <translation>出了点问题（{reason}）。您的进度已保留，请再试一次。</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>约 1 分钟</translation>
    </message>
    <message>
        <source>about {n} minutes</source>
        <translation>约 {n} 分钟</translation>
    </message>
    <message>
        <source>about {n} hours</source>
        <translation>约 {n} 小时</translation>
    </message>
    <message>
        <source>Your sign-in does not let MailWizard send mail from {address} yet ({needed}). On the DNS records step click Disconnect, then Connect and accept sending mail; or send by SMTP instead. No one gets theirs twice.</source>
        <translation>您目前的登录授权还不允许 MailWizard 从 {address} 发信（{needed}）。请在“DNS 记录”步骤点击“断开连接”，再点击“连接”并同意发送邮件；也可以改用 SMTP 发送。不会有人收到两次。</translation>
    </message>
    <message>
        <source>The service account may not send mail as {address}. In the Google Admin console, under Domain-wide delegation, add https://www.googleapis.com/auth/gmail.send to its scopes, or send by SMTP instead.</source>
        <translation>该服务账号无权以 {address} 的身份发信。请在 Google 管理控制台的“全网域授权”中为它加入 https://www.googleapis.com/auth/gmail.send 权限范围，或改用 SMTP 发送。</translation>
    </message>
    <message>
        <source>{address} has no mailbox at {provider} to send from (it may have no mail licence). Give it one in the admin console, or send by SMTP from another mailbox.</source>
        <translation>{address} 在 {provider} 没有可用于发信的邮箱（可能未分配邮箱许可证）。请在管理后台为其分配，或改用其他邮箱通过 SMTP 发送。</translation>
    </message>
    <message>
        <source>{address} has reached {provider}&apos;s daily sending limit. Sending can go on in about a day: click Send then, and no one gets theirs twice.</source>
        <translation>{address} 已达到 {provider} 的每日发信上限。大约一天后可以继续：届时再点一次发送即可，不会有人收到两次。</translation>
    </message>
    <message>
        <source>{provider} asked MailWizard to slow down several times. Wait a few minutes and click Send: no one gets theirs twice.</source>
        <translation>{provider} 多次要求 MailWizard 放慢速度。请等几分钟再点发送，不会有人收到两次。</translation>
    </message>
    <message>
        <source>{sent} sent, then {provider} stopped answering. Click Send to send the rest when it is back; no one gets theirs twice.</source>
        <translation>已发送 {sent} 封，之后 {provider} 停止响应。等它恢复后再点一次发送，即可发送其余邀请，不会有人收到两次。</translation>
    </message>
    <message>
        <source>the provider refused this message; check the personal email</source>
        <translation>服务商拒绝了这封邮件，请检查个人邮箱地址</translation>
    </message>
    <message>
        <source>Your DNS host did not accept this key: it may be mistyped, expired or deleted. Copy it again from the host&apos;s console (or make a new one as the guide shows) and paste it here. Nothing was changed.</source>
        <translation>您的 DNS 服务商不接受这个密钥：可能输错了、已过期或已被删除。请从服务商的控制台重新复制（或按指南新建一个）并粘贴到这里。没有做任何修改。</translation>
    </message>
    <message>
        <source>This key may not change your domain&apos;s DNS records (it may only read them, or it is for another domain). Give it permission to edit DNS for this domain as the guide shows, then try again. Nothing was changed.</source>
        <translation>这个密钥无权修改您域名的 DNS 记录（可能只能读取，或属于另一个域名）。请按指南给它授予编辑此域名 DNS 的权限，然后重试。没有做任何修改。</translation>
    </message>
    <message>
        <source>The account this key belongs to does not hold your domain. Check that the domain is in this account at your DNS host, or use a key from the account that holds it. Nothing was changed.</source>
        <translation>这个密钥所属的账号下没有您的域名。请确认域名在 DNS 服务商的这个账号里，或使用持有该域名的账号的密钥。没有做任何修改。</translation>
    </message>
    <message>
        <source>Your DNS host says this record is there already in another form. Click Preview again to see the zone as it is now.</source>
        <translation>您的 DNS 服务商说这条记录已以另一种形式存在。请再次点击“预览”，查看当前的解析记录。</translation>
    </message>
    <message>
        <source>Your DNS host asked MailWizard to slow down. Wait a minute, then click Apply again: what is done already is not done twice.</source>
        <translation>您的 DNS 服务商要求 MailWizard 放慢速度。请等一分钟，然后再次点击“应用”：已完成的修改不会重复执行。</translation>
    </message>
    <message>
        <source>Your DNS host does not offer its API to this account (GoDaddy, for example, only opens it to larger accounts). Add the records by hand with the table below instead. Nothing was changed.</source>
        <translation>您的 DNS 服务商不向这个账号开放 API（例如 GoDaddy 只对较大的账号开放）。请改用下面的表格手动添加记录。没有做任何修改。</translation>
    </message>
    <message>
        <source>Your DNS host refused one of the records. The records applied so far stay; click Undo to put everything back, or add the rest by hand with the table below.</source>
        <translation>您的 DNS 服务商拒绝了其中一条记录。已应用的记录会保留；点击“撤销”可全部恢复原样，或用下面的表格手动添加其余记录。</translation>
    </message>
    <message>
        <source>Your DNS host&apos;s API could not be reached. Check the internet connection and try again. Nothing was changed by this attempt.</source>
        <translation>无法连接到您的 DNS 服务商的 API。请检查网络连接后重试。这次尝试没有做任何修改。</translation>
    </message>
    <message>
        <source>Your DNS host did not answer whether a change was made. Click Apply again: MailWizard reads the zone first and finishes only what is missing, never twice.</source>
        <translation>您的 DNS 服务商没有回复修改是否已完成。请再次点击“应用”：MailWizard 会先读取解析记录，只补上缺少的部分，绝不重复修改。</translation>
    </message>
    <message>
        <source>Your DNS host had a problem of its own. Wait a few minutes and click Apply again: what is done already is not done twice.</source>
        <translation>您的 DNS 服务商自身出了问题。请等几分钟后再次点击“应用”：已完成的修改不会重复执行。</translation>
    </message>
    <message>
        <source>The records at your DNS host changed since the preview, so nothing more was applied. Look at the new preview and confirm again.</source>
        <translation>预览之后，您在 DNS 服务商的记录发生了变化，所以没有继续应用。请查看新的预览并再次确认。</translation>
    </message>
    <message>
        <source>MailWizard could not save its backup on this computer, so it changed nothing more. Free some disk space and click Apply again.</source>
        <translation>MailWizard 无法在这台电脑上保存备份，因此没有继续修改。请释放一些磁盘空间，然后再次点击“应用”。</translation>
    </message>
    <message>
        <source>MailWizard needs your DNS host&apos;s API key first. Follow the guide to make one and paste it.</source>
        <translation>MailWizard 需要先获得您的 DNS 服务商的 API 密钥。请按指南创建一个并粘贴到这里。</translation>
    </message>
    <message>
        <source>MailWizard cannot change records at this DNS host for you. Add them by hand with the table below.</source>
        <translation>MailWizard 无法替您修改这家 DNS 服务商的记录。请用下面的表格手动添加。</translation>
    </message>
    <message>
        <source>Click Preview first: nothing is changed before you have seen and confirmed the changes.</source>
        <translation>请先点击“预览”：在您查看并确认修改之前，不会做任何改动。</translation>
    </message>
    <message>
        <source>There is nothing to undo: MailWizard has not changed this domain&apos;s records.</source>
        <translation>没有可撤销的内容：MailWizard 还没有修改这个域名的记录。</translation>
    </message>
    <message>
        <source>The {type} record for {name} is left out: its value has not come from your email provider yet. Connect the provider or paste the value, then preview again.</source>
        <translation>{name} 的 {type} 记录暂不添加：邮箱服务商还没有给出它的值。请连接服务商或粘贴该值，然后重新预览。</translation>
    </message>
    <message>
        <source>Delivers your email to your new provider.</source>
        <translation>把您的邮件投递到新的邮箱服务商。</translation>
    </message>
    <message>
        <source>Lets your new provider send mail for your domain (SPF).</source>
        <translation>允许新的邮箱服务商以您的域名发送邮件（SPF）。</translation>
    </message>
    <message>
        <source>Proves to your provider that the domain is yours.</source>
        <translation>向邮箱服务商证明这个域名属于您。</translation>
    </message>
    <message>
        <source>Signs your outgoing mail so receivers can trust it (DKIM).</source>
        <translation>为您发出的邮件签名，让收件方可以信任它（DKIM）。</translation>
    </message>
    <message>
        <source>Tells receivers what to do with mail that fails the checks (DMARC).</source>
        <translation>告诉收件方如何处理未通过验证的邮件（DMARC）。</translation>
    </message>
    <message>
        <source>A record your provider needs.</source>
        <translation>邮箱服务商需要的一条记录。</translation>
    </message>
    <message>
        <source>Your SPF record gets your new provider added; everyone it allowed before is still allowed. A domain may have only one SPF record.</source>
        <translation>在您的 SPF 记录中加入新的邮箱服务商；之前允许的发件方仍然允许。一个域名只能有一条 SPF 记录。</translation>
    </message>
    <message>
        <source>Your DMARC record cannot be read by mail servers, so it is replaced with one that can.</source>
        <translation>您的 DMARC 记录邮件服务器无法读取，因此替换为可以读取的记录。</translation>
    </message>
    <message>
        <source>Removed: it sends your email to the old service ({host}). It goes only after the new MX records are in place.</source>
        <translation>删除：它把您的邮件发往旧的服务（{host}）。新的 MX 记录生效后才会删除它。</translation>
    </message>
    <message>
        <source>Removed: a second SPF record makes every SPF check fail. What it allowed is kept in the merged record.</source>
        <translation>删除：第二条 SPF 记录会导致所有 SPF 检查失败。它允许的发件方已合并到保留的记录中。</translation>
    </message>
    <message>
        <source>Removed: a CNAME record at {name} (pointing to {target}) leaves no room for the mail record that must live there.</source>
        <translation>删除：{name} 上的 CNAME 记录（指向 {target}）占用了该名称，必须放在那里的邮件记录无法添加。</translation>
    </message>
    <message>
        <source>MailWizard: the records for {domain} arrived</source>
        <translation>MailWizard：{domain} 的记录已生效</translation>
    </message>
    <message>
        <source>All the email records have arrived — you can go on with the set-up in MailWizard.</source>
        <translation>所有电子邮件记录都已生效——您可以在 MailWizard 中继续设置。</translation>
    </message>
    <message>
        <source>MailWizard: check the DNS of {domain}</source>
        <translation>MailWizard：请检查 {domain} 的 DNS</translation>
    </message>
    <message>
        <source>Something changed in your DNS: {reasons} Open MailWizard to see the records to change.</source>
        <translation>您的 DNS 有变化：{reasons} 请打开 MailWizard 查看需要修改的记录。</translation>
    </message>
    <message>
        <source>MailWizard could not read who has signed in. Check the internet connection and click Check again; nothing was changed.</source>
        <translation>MailWizard 无法读取谁已登录。请检查网络连接，然后点击“再次检查”；没有做任何更改。</translation>
    </message>
    <message>
        <source>{provider} does not tell other programs who has signed in, so MailWizard cannot show it. You can still send a reminder to everyone, or look in {provider}&apos;s console.</source>
        <translation>{provider} 不向其他程序提供谁已登录的信息，因此 MailWizard 无法显示。您仍然可以给所有人发送提醒，或在 {provider} 的管理后台查看。</translation>
    </message>
    <message>
        <source>This person has no personal email address in the list, so no reminder could be sent. Add one on the Members step, or tell them in person.</source>
        <translation>此人在名单中没有个人邮箱地址，因此无法发送提醒。请在“成员”步骤中添加，或当面告诉他。</translation>
    </message>
    <message>
        <source>The mail server did not confirm this reminder: it may have arrived. MailWizard does not send it again by itself; ask the person, or click Remind again to send a new one.</source>
        <translation>邮件服务器没有确认这封提醒：它可能已经送达。MailWizard 不会自行重发；请询问本人，或再次点击“提醒”发送一封新的。</translation>
    </message>
    <message>
        <source>{provider} did not answer whether the new temporary password was set, so no reminder was sent to this person. Click Remind again to set a new one and send it.</source>
        <translation>{provider} 没有回答新的临时密码是否已设置，因此没有给此人发送提醒。请再次点击“提醒”，设置新密码并发送。</translation>
    </message>
    <message>
        <source>This person is not in the staff spreadsheet you gave ({staff_file}). If they have left, they can still sign in and read company mail.</source>
        <translation>此人不在您提供的员工名单表格（{staff_file}）中。如果已经离职，他仍然可以登录并读取公司邮件。</translation>
    </message>
    <message>
        <source>Every message to this account is also sent on to {to}, outside the company. Company mail can leak this way.</source>
        <translation>发到这个账号的每封邮件都会同时转发到公司外部的 {to}。公司邮件可能因此外泄。</translation>
    </message>
    <message>
        <source>This account can manage the company&apos;s email ({role}): it can change other people&apos;s accounts and settings. The fewer administrators, the safer.</source>
        <translation>这个账号可以管理公司邮箱（{role}）：能修改其他人的账号和设置。管理员越少越安全。</translation>
    </message>
    <message>
        <source>The account was made {days} days ago and nobody has signed in to it yet.</source>
        <translation>这个账号是 {days} 天前创建的，至今还没有人登录过。</translation>
    </message>
    <message>
        <source>This person has signed in but still uses the temporary password, which was written down or sent by email.</source>
        <translation>此人已经登录过，但仍在使用临时密码，而这个密码曾写在纸上或通过邮件发送过。</translation>
    </message>
    <message>
        <source>The mailbox is {share} full ({used} of {quota}). When it is full, new mail no longer arrives.</source>
        <translation>邮箱已用 {share}（{quota} 中的 {used}）。邮箱满了以后，新邮件将无法送达。</translation>
    </message>
    <message>
        <source>Nobody can sign in to this account. It may still count as a paid account at {provider}.</source>
        <translation>这个账号已无法登录，但在{provider}可能仍按付费账号计费。</translation>
    </message>
    <message>
        <source>Nobody has signed in to this account for {days} days.</source>
        <translation>这个账号已经 {days} 天没有人登录了。</translation>
    </message>
    <message>
        <source>If they have left, suspend the account: nobody can sign in, and the mail is kept.</source>
        <translation>如果此人已离职，请停用这个账号：停用后无法登录，邮件会保留。</translation>
    </message>
    <message>
        <source>The account is suspended already: nobody can sign in, and the mail is kept. If the person has left for good, delete the account in {provider}&apos;s admin console to stop paying for it.</source>
        <translation>该账号已停用：任何人都无法登录，邮件仍会保留。如果此人已彻底离职，请在 {provider} 的管理后台删除该账号，以免继续付费。</translation>
    </message>
    <message>
        <source>Unless you know why it is there, remove the forwarding.</source>
        <translation>除非您清楚设置这个转发的原因，否则请停止转发。</translation>
    </message>
    <message>
        <source>If this person does not look after the company&apos;s email, remove the administrator role. They keep their mailbox.</source>
        <translation>如果此人并不负责管理公司邮箱，请移除其管理员角色。他的邮箱会保留。</translation>
    </message>
    <message>
        <source>Ask the person, or send a reminder from the Summary. If nobody needs the account, delete it in {provider}&apos;s admin console.</source>
        <translation>请询问本人，或在“汇总”页发送提醒。如果没有人需要这个账号，请在{provider}管理后台删除它。</translation>
    </message>
    <message>
        <source>Ask the person to choose their own password now.</source>
        <translation>请让此人现在就设置自己的密码。</translation>
    </message>
    <message>
        <source>Ask the person to delete old mail, or give the mailbox more space in {provider}&apos;s admin console.</source>
        <translation>请让此人删除旧邮件，或在{provider}管理后台为该邮箱增加容量。</translation>
    </message>
    <message>
        <source>If the person has left for good, delete the account in {provider}&apos;s admin console to stop paying for it.</source>
        <translation>如果此人已确定离职，请在{provider}管理后台删除这个账号，以免继续付费。</translation>
    </message>
    <message>
        <source>Ask whether the account is still needed; if not, suspend it.</source>
        <translation>请确认这个账号是否还需要；如果不需要，请停用它。</translation>
    </message>
    <message>
        <source>MailWizard could not read the accounts. Check the internet connection and click Check again; nothing was changed.</source>
        <translation>MailWizard 无法读取账号。请检查网络连接，然后点击“再查一次”；没有做任何更改。</translation>
    </message>
    <message>
        <source>MailWizard is not signed in to {provider} just now, so it cannot read the accounts. Sign in again on step 3 (DNS records), then click Check again.</source>
        <translation>MailWizard 当前没有登录{provider}，因此无法读取账号。请在第 3 步（DNS 记录）重新登录，然后点击“再查一次”。</translation>
    </message>
    <message>
        <source>{provider} does not let MailWizard do this with the sign-in it has. Do it in {provider}&apos;s admin console instead; nothing was changed.</source>
        <translation>以 MailWizard 目前的登录权限，{provider}不允许执行此操作。请改在{provider}管理后台中操作；没有做任何更改。</translation>
    </message>
    <message>
        <source>This is the account MailWizard is signed in with: changing it could lock you out. If it must change, ask another administrator to do it in the admin console.</source>
        <translation>这是 MailWizard 正在使用的登录账号：修改它可能会把您自己锁在外面。如果确实需要修改，请让另一位管理员在管理后台操作。</translation>
    </message>
    <message>
        <source>MailWizard cannot undo this: the answer to the change was lost, so it does not know exactly what to put back. If it must be undone, do it in {provider}&apos;s admin console.</source>
        <translation>MailWizard 无法撤销此操作：更改时服务商的回复丢失了，因此不确定该恢复哪些内容。如果必须撤销，请在{provider}管理后台操作。</translation>
    </message>
    <message>
        <source>No names or email addresses were found in this spreadsheet. Choose the file that lists your staff, with a column of names or of email addresses.</source>
        <translation>这个表格中没有找到姓名或邮箱地址。请选择列有员工的文件，其中要有一列姓名或一列邮箱地址。</translation>
    </message>
    <message>
        <source>As it should be.</source>
        <translation>正常。</translation>
    </message>
    <message>
        <source>Just changed: on its way to the rest of the internet.</source>
        <translation>刚刚修改过：正在传播到整个互联网。</translation>
    </message>
    <message>
        <source>Could not be read (no answer from the DNS servers). Check again later.</source>
        <translation>无法读取（DNS 服务器没有回应）。请稍后再检查。</translation>
    </message>
    <message>
        <source>Not checked: MailWizard does not have the value {provider} gave for it.</source>
        <translation>未核对：MailWizard 没有 {provider} 给出的这项值。</translation>
    </message>
    <message>
        <source>Gone: mail to the domain cannot be delivered. Add the MX records {provider} needs again: {expected}.</source>
        <translation>已被删除：发往这个域名的邮件无法送达。请重新添加 {provider} 需要的 MX 记录：{expected}。</translation>
    </message>
    <message>
        <source>Changed: mail may go elsewhere. Found {found}; {provider} needs {expected}.</source>
        <translation>已被修改：邮件可能会送到别处。现在是 {found}；{provider} 需要的是 {expected}。</translation>
    </message>
    <message>
        <source>Gone: other mail servers may treat your mail as spam. Add {expected} to the domain&apos;s SPF record again.</source>
        <translation>已被删除：其他邮件服务器可能会把你们的邮件当作垃圾邮件。请把 {expected} 重新加入域名的 SPF 记录。</translation>
    </message>
    <message>
        <source>Changed: it no longer names {provider} ({expected}). Found: {found}.</source>
        <translation>已被修改：记录中不再包含 {provider}（{expected}）。现在是：{found}。</translation>
    </message>
    <message>
        <source>There are {count} SPF records: receivers then ignore them all. Merge them into one.</source>
        <translation>现在有 {count} 条 SPF 记录：收件方会把它们全部忽略。请合并成一条。</translation>
    </message>
    <message>
        <source>The SPF record now needs {count} look-ups, more than the 10 receivers allow, so it fails everywhere. Remove services that no longer send mail for you.</source>
        <translation>SPF 记录现在需要 {count} 次查询，超过收件方允许的 10 次，因此在所有地方都会失败。请删除已经不再替你们发信的服务。</translation>
    </message>
    <message>
        <source>Gone: mail is no longer signed. Add the DKIM record from {provider} again.</source>
        <translation>已被删除：邮件不再有签名。请从 {provider} 重新复制 DKIM 记录并添加。</translation>
    </message>
    <message>
        <source>Changed: it no longer matches the key {provider} signs with, so signed mail fails. Copy the current value from {provider} again.</source>
        <translation>已被修改：与 {provider} 签名用的密钥不一致，带签名的邮件会验证失败。请从 {provider} 重新复制当前的值。</translation>
    </message>
    <message>
        <source>There is none: anyone can send mail that pretends to come from the domain. See the next step below.</source>
        <translation>没有 DMARC 记录：任何人都可以冒充这个域名发信。请看下面的下一步。</translation>
    </message>
    <message>
        <source>Written in a way mail servers cannot read ({part}), so it is ignored. See the next step below.</source>
        <translation>写法有误，邮件服务器无法读取（{part}），因此被忽略。请看下面的下一步。</translation>
    </message>
    <message>
        <source>There are {count} DMARC records: receivers then ignore them all. Keep one.</source>
        <translation>现在有 {count} 条 DMARC 记录：收件方会把它们全部忽略。请只保留一条。</translation>
    </message>
    <message>
        <source>Another record (an alias to {target}) hides it. Remove that alias.</source>
        <translation>被另一条记录（指向 {target} 的别名）挡住了。请删除那条别名记录。</translation>
    </message>
    <message>
        <source>There is no working DMARC record. Publish this one at {name}: it only watches (nothing is blocked) and sends daily reports to {rua}. After a few weeks of reports, the next review suggests the following step.</source>
        <translation>没有可用的 DMARC 记录。请在 {name} 发布这一条：它只做观察（不会拦截任何邮件），并每天把报告发到 {rua}。收到几周的报告后，下次检查会建议下一步。</translation>
    </message>
    <message>
        <source>Your DMARC record only watches (p=none): mail that pretends to come from your domain is still delivered. When the reports sent to {rua} have shown for a few weeks that every real sender passes — {provider}, and any newsletter, shop or billing service that sends as your domain — replace the record at {name} with the one shown. Receivers will then put failing mail in the spam folder. Do not take this step before the reports show no real sender failing: its mail would land in spam too.</source>
        <translation>你们的 DMARC 记录目前只做观察（p=none）：冒充你们域名的邮件仍会被投递。当发到 {rua} 的报告连续几周显示所有真正的发件方都能通过——包括 {provider}，以及以你们域名发信的电子报、网店或账单服务——再把 {name} 的记录换成显示的这一条。之后收件方会把验证失败的邮件放进垃圾邮件箱。报告显示仍有真正的发件方失败之前，请不要这样做：否则它发的邮件也会进垃圾邮件箱。</translation>
    </message>
    <message>
        <source>MailWizard could not check the mail records. Check the internet connection and try again; nothing was changed.</source>
        <translation>MailWizard 无法核对邮件记录。请检查网络连接后重试；没有做任何更改。</translation>
    </message>
    <message>
        <source>There is no domain to check yet: finish the Domain step first.</source>
        <translation>还没有可以核对的域名：请先完成“域名”这一步。</translation>
    </message>
    <message>
        <source>The review report could not be saved there. Choose another folder (one you can write to, with free space) and try again.</source>
        <translation>无法把检查报告保存到那里。请选择另一个文件夹（可以写入、且有剩余空间的），然后重试。</translation>
    </message>
    <message>
        <source>That folder is not there any more. Choose another folder and try again.</source>
        <translation>那个文件夹已经不存在了。请选择另一个文件夹后重试。</translation>
    </message>
    <message>
        <source>MailWizard&apos;s window has this saved work open. Do the review there, or close the window and run the command again.</source>
        <translation>MailWizard 的窗口正打开着这份保存的工作。请在窗口中进行检查，或者关闭窗口后再运行这个命令。</translation>
    </message>
    <message>
        <source>MailWizard is not signed in to the provider, so it cannot set signatures for you. Save the files instead: each member gets their signature with steps for their mail program.</source>
        <translation>MailWizard 尚未登录服务商，无法替您设置签名。请改为保存文件：每位成员都会得到自己的签名，以及在所用邮件程序中设置的步骤。</translation>
    </message>
    <message>
        <source>This provider offers no way for MailWizard to set signatures or auto-replies. Save the files instead: each member gets their signature with steps for their mail program.</source>
        <translation>这家服务商没有提供让 MailWizard 设置签名或自动回复的方式。请改为保存文件：每位成员都会得到自己的签名，以及在所用邮件程序中设置的步骤。</translation>
    </message>
    <message>
        <source>Google lets an app change other people&apos;s Gmail settings only through a service account with domain-wide delegation. You signed in with the browser: connect with a service account, or save the files instead.</source>
        <translation>Google 只允许应用通过已获得全网域授权的服务账号更改他人的 Gmail 设置。您是用浏览器登录的：请改用服务账号连接，或者改为保存文件。</translation>
    </message>
    <message>
        <source>Microsoft 365 has no way for an app to set Outlook signatures. Save the files instead: each member gets their signature with steps for their mail program.</source>
        <translation>Microsoft 365 没有让应用设置 Outlook 签名的方式。请改为保存文件：每位成员都会得到自己的签名，以及在所用邮件程序中设置的步骤。</translation>
    </message>
    <message>
        <source>With your own sign-in, Microsoft lets MailWizard set the auto-reply of your own mailbox only. Members set theirs with the steps in the files, or an Exchange administrator sets it in the Exchange admin center.</source>
        <translation>使用您本人的登录，Microsoft 只允许 MailWizard 设置您自己邮箱的自动回复。其他成员可按文件中的步骤自行设置，或由 Exchange 管理员在 Exchange 管理中心设置。</translation>
    </message>
    <message>
        <source>One of the auto-reply&apos;s dates is not a date. Choose the first and last day again.</source>
        <translation>自动回复的日期有一个无效。请重新选择开始和结束日期。</translation>
    </message>
    <message>
        <source>The auto-reply ends before it starts. Choose a last day after the first day.</source>
        <translation>自动回复的结束日期早于开始日期。请选择晚于开始日期的结束日期。</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was lost, and reading the mailbox shows it was not changed. Click Install again: it is sent once more for this member only.</source>
        <translation>服务商的回应丢失了，读取邮箱后发现并未更改。请再次点击“安装”：只会为这位成员再发送一次。</translation>
    </message>
    <message>
        <source>There is nobody to make a signature for yet. Add members (with their addresses) first.</source>
        <translation>还没有可以制作签名的成员。请先添加成员（含邮箱地址）。</translation>
    </message>
    <message>
        <source>The files could not be saved in {folder}. Check that the folder exists, that you may write there and that the disk is not full, then try again.</source>
        <translation>无法将文件保存到 {folder}。请检查该文件夹是否存在、您是否有写入权限，以及磁盘是否已满，然后重试。</translation>
    </message>
    <message>
        <source>Something went wrong while setting the signatures. Nothing else was changed; try again.</source>
        <translation>设置签名时出错了。其他内容均未更改，请重试。</translation>
    </message>
    <message>
        <source>The logo file is too big to put in every email (at most 48 KB). Use a smaller picture, or the address of the logo on the company&apos;s website.</source>
        <translation>标志文件太大，不适合放进每封邮件（最大 48 KB）。请使用较小的图片，或使用公司网站上标志的网址。</translation>
    </message>
    <message>
        <source>The logo could not be read. Choose a PNG, JPEG or GIF picture.</source>
        <translation>无法读取标志。请选择 PNG、JPEG 或 GIF 图片。</translation>
    </message>
    <message>
        <source>The old server refused this login and password. Check both (the login is often the whole email address).</source>
        <translation>旧服务器拒绝了这个账号和密码。请检查两者（账号通常是完整的邮箱地址）。</translation>
    </message>
    <message>
        <source>The old server refused the password. This service wants an app password (授权码, authorization code) from its settings instead of the normal password: see the note under the service.</source>
        <translation>旧服务器拒绝了密码。这个服务要求使用在其设置中生成的应用专用密码（授权码），而不是平时的登录密码：请查看该服务下方的说明。</translation>
    </message>
    <message>
        <source>This service no longer accepts a password from other programs, so MailWizard cannot sign in to it. Let the new provider import the mail, or move it with a mail program.</source>
        <translation>这个服务已不再接受其他程序用密码登录，所以 MailWizard 无法登录它。请让新服务商导入邮件，或用邮件客户端移动邮件。</translation>
    </message>
    <message>
        <source>The old server offers no encrypted connection here, so MailWizard did not send the password. Check the port and security setting (993 with SSL is the usual one).</source>
        <translation>旧服务器在这里没有提供加密连接，所以 MailWizard 没有发送密码。请检查端口和加密方式（通常是 993 端口加 SSL）。</translation>
    </message>
    <message>
        <source>The old server&apos;s certificate is not trusted (or is for another name), so MailWizard did not send the password. Check the server&apos;s address; its administrator may need to renew the certificate.</source>
        <translation>旧服务器的证书不受信任（或属于其他名称），所以 MailWizard 没有发送密码。请检查服务器地址；可能需要其管理员更新证书。</translation>
    </message>
    <message>
        <source>Nothing answered at this address and port. Check the server&apos;s address and port, and that this computer can reach the internet.</source>
        <translation>这个地址和端口没有响应。请检查服务器地址和端口，以及这台电脑能否连接互联网。</translation>
    </message>
    <message>
        <source>The login worked, but the old service does not let mail programs in: turn on IMAP in its settings (and allow this kind of sign-in), then check again.</source>
        <translation>登录成功了，但旧服务不允许邮件客户端访问：请在其设置中开启 IMAP（并允许这种登录方式），然后再检查一次。</translation>
    </message>
    <message>
        <source>The old server is busy or not available just now. Try again in a few minutes.</source>
        <translation>旧服务器现在繁忙或暂时不可用。请过几分钟再试。</translation>
    </message>
    <message>
        <source>Something answered, but not a mail (IMAP) server. Check the port and security setting.</source>
        <translation>有程序响应了，但不是邮件（IMAP）服务器。请检查端口和加密方式。</translation>
    </message>
    <message>
        <source>Enter the old server&apos;s address and port.</source>
        <translation>请输入旧服务器的地址和端口。</translation>
    </message>
    <message>
        <source>Enter a login and password for the old mailbox.</source>
        <translation>请输入旧邮箱的账号和密码。</translation>
    </message>
    <message>
        <source>This provider takes no migration file from MailWizard.</source>
        <translation>这个服务商不接受 MailWizard 生成的迁移文件。</translation>
    </message>
    <message>
        <source>There is nobody to put in the file: add the members&apos; old logins first.</source>
        <translation>文件里还没有人：请先填写成员的旧账号。</translation>
    </message>
    <message>
        <source>{address}: the new address, the old login and the old password are all needed.</source>
        <translation>{address}：新地址、旧账号和旧密码都必须填写。</translation>
    </message>
    <message>
        <source>{address}: the old login or password contains a line break, which the file cannot hold.</source>
        <translation>{address}：旧账号或密码中含有换行符，文件无法容纳。</translation>
    </message>
    <message>
        <source>{address}: Google&apos;s file takes no commas or quotation marks, and the old login must be a whole email address. Change that password on the old service, or let MailWizard copy this mailbox.</source>
        <translation>{address}：Google 的文件不能包含逗号或引号，且旧账号必须是完整的邮箱地址。请在旧服务中修改该密码，或让 MailWizard 复制这个邮箱。</translation>
    </message>
    <message>
        <source>{address} is in the list twice.</source>
        <translation>{address} 在列表中出现了两次。</translation>
    </message>
    <message>
        <source>Microsoft 365 takes at most 50,000 mailboxes in one file: split the list.</source>
        <translation>Microsoft 365 的一个文件最多只能包含 50,000 个邮箱：请拆分列表。</translation>
    </message>
    <message>
        <source>Microsoft 365 takes files of at most 10 MB: split the list.</source>
        <translation>Microsoft 365 只接受不超过 10 MB 的文件：请拆分列表。</translation>
    </message>
    <message>
        <source>This provider runs no migration of its own: MailWizard copies the mail itself.</source>
        <translation>这个服务商不提供自己的迁移服务：由 MailWizard 自己复制邮件。</translation>
    </message>
    <message>
        <source>The file could not be saved in {path}. Choose another folder.</source>
        <translation>无法把文件保存到 {path}。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The file {path} could not be removed. Delete it yourself: it holds the old passwords.</source>
        <translation>无法删除文件 {path}。请自己删除它：里面有旧密码。</translation>
    </message>
    <message>
        <source>Make sure every member&apos;s Microsoft 365 mailbox exists: an IMAP migration copies into existing mailboxes only.</source>
        <translation>请确认每位成员的 Microsoft 365 邮箱都已存在：IMAP 迁移只会复制到已有的邮箱中。</translation>
    </message>
    <message>
        <source>Open the Exchange admin center (admin.exchange.microsoft.com) and sign in as an administrator.</source>
        <translation>打开 Exchange 管理中心（admin.exchange.microsoft.com），以管理员身份登录。</translation>
    </message>
    <message>
        <source>Go to Migration → Add migration batch. Name the batch, choose “Migration to Exchange Online”, then the migration type “IMAP migration”.</source>
        <translation>进入“迁移 → 添加迁移批处理”。为批处理命名，选择“迁移到 Exchange Online”，再选择迁移类型“IMAP 迁移”。</translation>
    </message>
    <message>
        <source>Create a migration endpoint for the old server: IMAP server {host}, port {port}, encryption {security}.</source>
        <translation>为旧服务器创建迁移终结点：IMAP 服务器 {host}，端口 {port}，加密方式 {security}。</translation>
    </message>
    <message>
        <source>Upload the CSV file MailWizard saved (EmailAddress, UserName, Password).</source>
        <translation>上传 MailWizard 保存的 CSV 文件（EmailAddress、UserName、Password）。</translation>
    </message>
    <message>
        <source>Start the batch and follow its progress on the Migration page.</source>
        <translation>启动批处理，并在“迁移”页面查看进度。</translation>
    </message>
    <message>
        <source>Open the Google Admin console (admin.google.com) as a super administrator and go to Menu → Data → Data import &amp; export → Data migration.</source>
        <translation>以超级管理员身份打开 Google 管理控制台（admin.google.com），进入“菜单 → 数据 → 数据导入和导出 → 数据迁移”。</translation>
    </message>
    <message>
        <source>For IMAP, click “Migrate”, enter the IMAP server {host} (port {port}, {security}) and click “Test connection”.</source>
        <translation>在 IMAP 处点击“迁移”，填写 IMAP 服务器 {host}（端口 {port}，{security}），然后点击“测试连接”。</translation>
    </message>
    <message>
        <source>Choose “Bulk upload with CSV”, then “Attach file”, and pick the file MailWizard saved.</source>
        <translation>选择“使用 CSV 批量上传”，再选择“附加文件”，选中 MailWizard 保存的文件。</translation>
    </message>
    <message>
        <source>Choose “Upload and start migration” and follow its progress on the Data migration page.</source>
        <translation>选择“上传并开始迁移”，并在“数据迁移”页面查看进度。</translation>
    </message>
    <message>
        <source>Once the console has taken the file, remove it here: it holds the old passwords.</source>
        <translation>控制台读取文件后，请在这里删除它：里面有旧密码。</translation>
    </message>
    <message>
        <source>At least {hours} hours before the switch, lower the TTL of the MX records from {ttl} to {low} seconds at your DNS host, so that the world forgets the old servers quickly.</source>
        <translation>在切换前至少 {hours} 小时，到 DNS 服务商处把 MX 记录的 TTL 从 {ttl} 秒降到 {low} 秒，让各地尽快忘掉旧服务器。</translation>
    </message>
    <message>
        <source>The domain&apos;s MX records could not be read. A day before the switch, lower their TTL to {low} seconds at your DNS host.</source>
        <translation>无法读取这个域名的 MX 记录。请在切换前一天，到 DNS 服务商处把它们的 TTL 降到 {low} 秒。</translation>
    </message>
    <message>
        <source>Copy the old mail in before the switch: the bulk of it, while everyone still uses the old mailboxes.</source>
        <translation>在切换前先把旧邮件复制进来：在大家还使用旧邮箱时，先复制大部分邮件。</translation>
    </message>
    <message>
        <source>Switch: change the MX records to the new provider&apos;s. Within about {ttl} seconds, new mail arrives in the new mailboxes.</source>
        <translation>切换：把 MX 记录改成新服务商的。大约 {ttl} 秒内，新邮件就会进入新邮箱。</translation>
    </message>
    <message>
        <source>Keep the old mailboxes open for {days} more days: mail from servers that still remember the old records, or that retry later, lands there.</source>
        <translation>旧邮箱再保留 {days} 天：仍记着旧记录的服务器或稍后重试的服务器发来的邮件，会落到那里。</translation>
    </message>
    <message>
        <source>Then copy once more: only what arrived in the old mailboxes since is added, nothing twice. After that the old service can be closed.</source>
        <translation>然后再复制一次：只会加入之后到达旧邮箱的邮件，不会重复。之后就可以关闭旧服务了。</translation>
    </message>
    <message>
        <source>When all is well, set the MX records&apos; TTL back to {ttl} seconds.</source>
        <translation>一切正常后，把 MX 记录的 TTL 改回 {ttl} 秒。</translation>
    </message>
    <message>
        <source>Enter the company&apos;s domain first.</source>
        <translation>请先输入公司的域名。</translation>
    </message>
    <message>
        <source>The domain&apos;s MX records could not be read just now. Try again in a moment.</source>
        <translation>暂时无法读取这个域名的 MX 记录。请稍后再试。</translation>
    </message>
    <message>
        <source>The old mail server did not accept this sign-in. Check the old login and password; many services (QQ Mail, 163, Gmail…) need an app password (授权码) made in their settings, not the password you sign in with on the web.</source>
        <translation>旧邮件服务器不接受此登录。请检查旧的登录名和密码；许多服务（QQ 邮箱、163、Gmail 等）需要在其设置中生成的授权码（应用专用密码），而不是网页登录用的密码。</translation>
    </message>
    <message>
        <source>The new mailbox did not accept this sign-in. Check the new address and its password, and that IMAP is turned on for it in the provider&apos;s console. Microsoft 365 no longer accepts a password here, and Google Workspace only an app password: with them, use the provider&apos;s own migration (MailWizard prepares its file).</source>
        <translation>新邮箱不接受此登录。请检查新地址及其密码，并在服务商的管理后台确认该邮箱已开启 IMAP。Microsoft 365 已不再接受在这里使用密码，Google Workspace 只接受应用专用密码：使用它们时，请改用服务商自带的迁移功能（MailWizard 会准备所需的文件）。</translation>
    </message>
    <message>
        <source>The old mail server offers no encrypted connection, so the password was not sent. Ask for its IMAP server with SSL/TLS (usually port 993).</source>
        <translation>旧邮件服务器不提供加密连接，因此没有发送密码。请使用支持 SSL/TLS 的 IMAP 服务器（通常是 993 端口）。</translation>
    </message>
    <message>
        <source>The new mail server offers no encrypted connection, so the password was not sent.</source>
        <translation>新邮件服务器不提供加密连接，因此没有发送密码。</translation>
    </message>
    <message>
        <source>The old mail server&apos;s certificate could not be trusted, so nothing was sent. Check the server name; a company&apos;s own server may need a proper certificate.</source>
        <translation>无法信任旧邮件服务器的证书，因此没有发送任何内容。请检查服务器名称；公司自建的服务器可能需要正规的证书。</translation>
    </message>
    <message>
        <source>The new mail server&apos;s certificate could not be trusted, so nothing was sent. Check the computer&apos;s date and time.</source>
        <translation>无法信任新邮件服务器的证书，因此没有发送任何内容。请检查电脑的日期和时间。</translation>
    </message>
    <message>
        <source>The old mail server could not be reached. Check the server name and port and the internet connection, then try again.</source>
        <translation>无法连接旧邮件服务器。请检查服务器名称、端口和网络连接，然后重试。</translation>
    </message>
    <message>
        <source>The new mail server could not be reached. Check the internet connection, then try again.</source>
        <translation>无法连接新邮件服务器。请检查网络连接，然后重试。</translation>
    </message>
    <message>
        <source>The connection to a mail server was lost several times in a row. What was copied stays; try again later and the copy carries on where it stopped.</source>
        <translation>与邮件服务器的连接连续多次中断。已复制的邮件会保留；请稍后重试，复制会从中断处继续。</translation>
    </message>
    <message>
        <source>The new mailbox is full, so the rest could not be copied. Nothing was lost: the old mailbox is unchanged. Give this person more storage in the provider&apos;s console, then copy again.</source>
        <translation>新邮箱已满，其余邮件无法复制。没有丢失任何邮件：旧邮箱保持不变。请在服务商的管理后台为此人增加存储空间，然后重新复制。</translation>
    </message>
    <message>
        <source>A mail server refused part of the copy. What was copied stays; the details are in the log. Try again later.</source>
        <translation>邮件服务器拒绝了部分复制。已复制的邮件会保留；详细信息见日志。请稍后重试。</translation>
    </message>
    <message>
        <source>A password for this person&apos;s old or new mailbox is missing. Type it again and start the copy.</source>
        <translation>缺少此人旧邮箱或新邮箱的密码。请重新输入，然后开始复制。</translation>
    </message>
    <message>
        <source>MailWizard does not know the new provider&apos;s IMAP server, so it cannot copy the mail itself. Use the provider&apos;s own migration tool.</source>
        <translation>MailWizard 不知道新服务商的 IMAP 服务器，因此无法自行复制邮件。请使用服务商自带的迁移工具。</translation>
    </message>
    <message>
        <source>The new server refused a few messages (usually because they are too big for it); everything else was copied. Those messages are still in the old mailbox; Start tries only them again.</source>
        <translation>新服务器拒收了少数邮件（通常是因为邮件太大）；其他邮件都已复制。这些邮件仍在旧邮箱中；再次点击“开始复制”时只会重新尝试这几封。</translation>
    </message>
    <message>
        <source>Google did not let MailWizard open this person&apos;s new mailbox. MailWizard copies into Google Workspace with the organisation&apos;s service account: connect with it, and in the Admin console go to Security &gt; Access and data control &gt; API controls &gt; Domain-wide delegation, and add the scope https://mail.google.com/ to its client ID. IMAP must also be on for this person (Apps &gt; Google Workspace &gt; Gmail &gt; End user access).</source>
        <translation>Google 不允许 MailWizard 打开此人的新邮箱。MailWizard 通过组织的服务账号把邮件复制到 Google Workspace：请用它连接，并在管理控制台的“安全性 &gt; 访问权限和数据控制 &gt; API 控制 &gt; 全网域授权”中为它的客户端 ID 加入权限范围 https://mail.google.com/。此人的 IMAP 也必须开启（“应用 &gt; Google Workspace &gt; Gmail &gt; 最终用户访问权限”）。</translation>
    </message>
    <message>
        <source>You cannot open this person&apos;s new mailbox yet. In the Exchange admin center go to Recipients &gt; Mailboxes, choose the person, then Delegation &gt; Read and manage (Full Access) &gt; Edit, and add yourself. It can take up to an hour to work; then start the copy again.</source>
        <translation>您还不能打开此人的新邮箱。请在 Exchange 管理中心打开“收件人 &gt; 邮箱”，选择此人，然后点“委派 &gt; 读取和管理(完全访问权限) &gt; 编辑”，把您自己加进去。可能要过最多一小时才生效，之后再重新开始复制。</translation>
    </message>
    <message>
        <source>{provider} did not accept MailWizard&apos;s sign-in to the new mailboxes. Disconnect and sign in to {provider} again on the Provider step (MailWizard now also asks to open mailboxes over IMAP), then start the copy again.</source>
        <translation>{provider} 不接受 MailWizard 对新邮箱的登录。请在“服务商”一步断开连接后重新登录 {provider}（MailWizard 现在也会请求通过 IMAP 打开邮箱的权限），然后重新开始复制。</translation>
    </message>
    <message>
        <source>MailWizard copies into {provider} through your sign-in: connect to {provider} on the Provider step first, then start the copy.</source>
        <translation>MailWizard 通过您的登录把邮件复制到 {provider}：请先在“服务商”一步连接 {provider}，再开始复制。</translation>
    </message>
    <message>
        <source>The copy stopped unexpectedly. What was copied stays; start it again to carry on.</source>
        <translation>复制意外停止。已复制的邮件会保留；重新开始即可从中断处继续。</translation>
    </message>
    <message>
        <source>“{address}” cannot be an email address. Before the @ use only lower-case letters a–z, digits and . _ - (not at the start or end, no two dots in a row), at most 64 characters.</source>
        <translation>“{address}”不能用作邮箱地址。@ 前面只能用小写字母 a–z、数字和 . _ -（不能放在开头或结尾，也不能连续两个点），最多 64 个字符。</translation>
    </message>
    <message>
        <source>{address} is already {member}&apos;s own address. Choose another name for it.</source>
        <translation>{address} 已经是 {member} 本人的邮箱地址。请换一个名称。</translation>
    </message>
    <message>
        <source>{address} is in the list of shared addresses twice. Remove one of them or rename it.</source>
        <translation>{address} 在共享地址列表中出现了两次。请删除其中一个或给它改名。</translation>
    </message>
    <message>
        <source>{address} is already an alias of {member}. An address can belong to one mailbox or list only: remove it from the aliases or choose another name.</source>
        <translation>{address} 已经是 {member} 的别名。一个地址只能属于一个邮箱或一个邮件组：请把它从别名中删除，或换一个名称。</translation>
    </message>
    <message>
        <source>Nobody receives the mail sent to {address}. Tick at least one member who should.</source>
        <translation>发到 {address} 的邮件没有人接收。请至少勾选一位应该接收的成员。</translation>
    </message>
    <message>
        <source>{recipient} should receive the mail to {address}, but is not in the member list any more. Untick them or add them to the list again.</source>
        <translation>{recipient} 被设为接收 {address} 的邮件，但已不在成员列表中。请取消勾选，或把此人重新加入列表。</translation>
    </message>
    <message>
        <source>{member} has {count} aliases; the provider allows {limit} per person. Remove some of them or make them a shared address instead.</source>
        <translation>{member} 有 {count} 个别名，而服务商每人最多允许 {limit} 个。请删除一些，或改为共享地址。</translation>
    </message>
    <message>
        <source>The provider does not let MailWizard make a shared address with “{chars}” in the part before the @ ({address}). Choose a name without it, for example with “-” instead.</source>
        <translation>服务商不允许 MailWizard 创建 @ 前面含有“{chars}”的共享地址（{address}）。请换一个不含它的名称，例如改用“-”。</translation>
    </message>
    <message>
        <source>The name of {address} is too long for the provider (at most {limit} bytes: about a third as many Chinese characters). Shorten it.</source>
        <translation>{address} 的名称对服务商来说太长了（最多 {limit} 个字节，约为这个数目三分之一的汉字）。请缩短它。</translation>
    </message>
    <message>
        <source>{address} is kept for the mail system itself (reports about mail delivery and abuse). Choose another name.</source>
        <translation>{address} 是留给邮件系统本身使用的（用于邮件投递和滥用举报）。请换一个名称。</translation>
    </message>
    <message>
        <source>{address} exists at the provider already ({what}), and MailWizard did not make it. Choose another name, or remove the existing one in the provider&apos;s console first.</source>
        <translation>服务商那里已经有 {address}（{what}），而且不是 MailWizard 创建的。请换一个名称，或先在服务商的管理后台删除现有的那个。</translation>
    </message>
    <message>
        <source>a person&apos;s mailbox</source>
        <translation>某个人的邮箱</translation>
    </message>
    <message>
        <source>a group</source>
        <translation>一个邮件组</translation>
    </message>
    <message>
        <source>an alias of another mailbox</source>
        <translation>另一个邮箱的别名</translation>
    </message>
</context>
<context>
    <name>MoreEntry</name>
    <message>
        <source>Bring the mail from the company&apos;s old email service into the new mailboxes, and switch the domain&apos;s mail over safely.</source>
        <translation>把公司旧邮箱服务中的邮件搬进新邮箱，并安全地切换域名的邮件。</translation>
    </message>
    <message>
        <source>Move old mail &amp;in…</source>
        <translation>搬入旧邮件(&amp;I)…</translation>
    </message>
    <message>
        <source>Give everyone the same company signature, and set a leave auto-reply.</source>
        <translation>为所有人设置统一的公司签名，并设置休假自动回复。</translation>
    </message>
    <message>
        <source>&amp;Signatures and auto-replies…</source>
        <translation>签名和自动回复(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>MovingWindow</name>
    <message>
        <source>The old mail server is on this computer, with an old mailbox for every login (any password works), and the copy goes into the practice mailboxes. Nothing real is copied.</source>
        <translation>旧邮件服务器就在本机上，每个登录名都有一个旧邮箱（任何密码都可以），邮件会复制到练习用的新邮箱中。不会复制任何真实邮件。</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>First check the old server on tab 1.</source>
        <translation>请先在第 1 页检查旧服务器。</translation>
    </message>
    <message>
        <source>Type at least one person&apos;s old login and passwords on tab 2.</source>
        <translation>请在第 2 页至少填写一个人的旧登录名和密码。</translation>
    </message>
    <message>
        <source>{problem} (The server said: {detail})</source>
        <translation>{problem}（服务器回应：{detail}）</translation>
    </message>
    <message>
        <source>Type at least one person&apos;s old login and password above first.</source>
        <translation>请先在上方至少填写一个人的旧登录名和密码。</translation>
    </message>
    <message>
        <source>Save the migration file</source>
        <translation>保存迁移文件</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>The domain&apos;s mail already goes to {provider}.</source>
        <translation>域名的邮件已经发往 {provider}。</translation>
    </message>
    <message>
        <source>{domain} has no mail (MX) record yet, or it could not be read.</source>
        <translation>{domain} 还没有邮件（MX）记录，或者无法读取。</translation>
    </message>
    <message>
        <source>Other mail servers remember where {domain}&apos;s mail goes for {time} now. To switch without losing mail:</source>
        <translation>目前其他邮件服务器会把 {domain} 的邮件去向记住 {time}。要切换而不丢失邮件：</translation>
    </message>
    <message>
        <source>Move old mail in — MailWizard</source>
        <translation>搬入旧邮件 — MailWizard</translation>
    </message>
    <message>
        <source>Move the old mail in</source>
        <translation>搬入旧邮件</translation>
    </message>
    <message>
        <source>Copy everyone&apos;s mail from the service the company used until now into the new mailboxes, with its folders, dates and read/unread marks. Nothing is deleted from the old service.</source>
        <translation>把每个人在公司原来所用服务中的邮件复制到新邮箱，保留文件夹、日期和已读/未读标记。旧服务中的邮件不会被删除。</translation>
    </message>
    <message>
        <source>&amp;1 Old service</source>
        <translation>旧邮箱服务(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2 People</source>
        <translation>人员(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3 Copy</source>
        <translation>复制(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;4 Switching over</source>
        <translation>切换(&amp;4)</translation>
    </message>
    <message>
        <source>&amp;3 Switching over</source>
        <translation>切换(&amp;3)</translation>
    </message>
</context>
<context>
    <name>PeopleBox</name>
    <message>
        <source>Saved {path} for {n} people. It holds their old passwords: upload it as the steps below say, then remove it.</source>
        <translation>已为 {n} 人保存 {path}。文件中含有他们的旧密码：请按下方步骤上传，然后删除它。</translation>
    </message>
    <message>
        <source>The file was overwritten and deleted.</source>
        <translation>文件已被覆盖并删除。</translation>
    </message>
    <message>
        <source>Type each person&apos;s old login and password: {provider} signs in to the old service with them. Leave a row empty to skip that person.</source>
        <translation>填写每个人的旧登录名和密码：{provider} 会用它们登录旧服务。某行留空则跳过此人。</translation>
    </message>
    <message>
        <source>Type each person&apos;s old login and password (ask them, or reset it on the old service). MailWizard opens the new mailboxes with your sign-in to {provider}, as below, and keeps the old passwords only until that person&apos;s mail is copied. Leave a row empty to skip that person.</source>
        <translation>请填写每个人的旧登录名和密码（向本人询问，或在旧服务上重设）。MailWizard 会按下方所述用您对 {provider} 的登录打开新邮箱，旧密码只保留到此人的邮件复制完成为止。留空某一行即跳过此人。</translation>
    </message>
    <message>
        <source>Type each person&apos;s old login and password (ask them, or reset it on the old service), and the password of their new mailbox where MailWizard does not know it. MailWizard keeps these passwords only until that person&apos;s mail is copied. Leave a row empty to skip that person.</source>
        <translation>填写每个人的旧登录名和密码（问本人，或在旧服务中重设），以及 MailWizard 不知道的新邮箱密码。MailWizard 只在此人的邮件复制完之前保留这些密码。某行留空则跳过此人。</translation>
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
        <translation>旧登录名</translation>
    </message>
    <message>
        <source>Old password</source>
        <translation>旧密码</translation>
    </message>
    <message>
        <source>New mailbox&apos;s password</source>
        <translation>新邮箱密码</translation>
    </message>
    <message>
        <source>Old login of {name}</source>
        <translation>{name} 的旧登录名</translation>
    </message>
    <message>
        <source>usually their old email address</source>
        <translation>通常是其旧邮箱地址</translation>
    </message>
    <message>
        <source>Old password of {name}</source>
        <translation>{name} 的旧密码</translation>
    </message>
    <message>
        <source>New mailbox&apos;s password of {name}</source>
        <translation>{name} 的新邮箱密码</translation>
    </message>
    <message>
        <source>known to MailWizard</source>
        <translation>MailWizard 已知道</translation>
    </message>
    <message>
        <source>Each person&apos;s logins and passwords</source>
        <translation>每个人的登录名和密码</translation>
    </message>
    <message>
        <source>Sa&amp;ve the migration file…</source>
        <translation>保存迁移文件(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Delete the file</source>
        <translation>删除文件(&amp;D)</translation>
    </message>
    <message>
        <source>Type the logins and passwords above, save the file, then follow the steps below. The passwords go only into the file.</source>
        <translation>在上方填写登录名和密码，保存文件，然后按下方步骤操作。密码只写入文件。</translation>
    </message>
</context>
<context>
    <name>PracticeDnsHostDialog</name>
    <message>
        <source>Practice DNS host — {domain}</source>
        <translation>练习用 DNS 服务商 — {domain}</translation>
    </message>
    <message>
        <source>This stands in for your DNS host&apos;s control panel (DNSPod, Alibaba Cloud DNS, GoDaddy…). Add the records the DNS step lists, then click Save. As at a real host, the practice public DNS servers see the change a little later.</source>
        <translation>这里模拟您的 DNS 服务商控制台（DNSPod、阿里云解析、GoDaddy 等）。添加 DNS 步骤中列出的记录，然后点击“保存”。和真实服务商一样，练习用的公共 DNS 要稍后才能看到变更。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机记录</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>记录值</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Records at the practice DNS host</source>
        <translation>练习用 DNS 服务商中的记录</translation>
    </message>
    <message>
        <source>&amp;Add record</source>
        <translation>添加记录(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Row {row}: “{value}” is not a valid value for a {type} record. Copy it again from the DNS step.</source>
        <translation>第 {row} 行：“{value}”不是有效的 {type} 记录值。请从 DNS 步骤重新复制。</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Choose your email provider</source>
        <translation>选择邮箱服务商</translation>
    </message>
    <message>
        <source>Tell us how many people need a mailbox and what you can spend. We compare the plans and suggest one; click a row to choose it.</source>
        <translation>请告诉我们有多少人需要邮箱，以及您的预算。我们会比较各个套餐并推荐一个；点击表格中的一行即可选择。</translation>
    </message>
    <message>
        <source>People who need a mailbox:</source>
        <translation>需要邮箱的人数：</translation>
    </message>
    <message>
        <source>Budget per month:</source>
        <translation>每月预算：</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Where most of your staff work:</source>
        <translation>大部分员工的工作地点：</translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>Elsewhere (Taiwan, Hong Kong, abroad)</source>
        <translation>其他地区（中国台湾、中国香港、海外）</translation>
    </message>
    <message>
        <source>Provider and plan</source>
        <translation>服务商和套餐</translation>
    </message>
    <message>
        <source>Spam protection</source>
        <translation>垃圾邮件防护</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号创建</translation>
    </message>
    <message>
        <source>&amp;Practise first…</source>
        <translation>先练习一下(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Choose this plan</source>
        <translation>选择这个套餐(&amp;C)</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>每月费用</translation>
    </message>
    <message>
        <source>Max people</source>
        <translation>人数上限</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>客户支持</translation>
    </message>
    <message>
        <source>Fits your needs</source>
        <translation>是否符合需求</translation>
    </message>
    <message>
        <source>Check current price</source>
        <translation>查看最新价格</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Too few accounts</source>
        <translation>账号数不足</translation>
    </message>
    <message>
        <source>Price to check</source>
        <translation>价格待确认</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>Spam filter</source>
        <translation>垃圾邮件过滤</translation>
    </message>
    <message>
        <source>Not sure yet? Walk through every step first with a practice provider on this computer: no real accounts, nothing to buy, and your set-up here stays as it is.</source>
        <translation>还没想好？可以先用本机上的练习服务商把每一步走一遍：不创建真实账号，不用购买任何服务，这里的设置也保持不变。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Storage
per person</source>
        <translation>每人空间</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>数据存储地</translation>
    </message>
    <message>
        <source>Check user limit</source>
        <translation>人数上限待确认</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>No plan chosen yet. Click a row in the table to choose it.</source>
        <translation>还没有选择套餐。请点击表格中的一行进行选择。</translation>
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
        <translation>价格</translation>
    </message>
    <message>
        <source>not confirmed — &lt;a href=&quot;{url}&quot;&gt;check current price&lt;/a&gt;</source>
        <translation>未确认 — &lt;a href=&quot;{url}&quot;&gt;查看最新价格&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{url}&quot;&gt;Provider&apos;s website&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{url}&quot;&gt;服务商官网&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Import members</source>
        <translation>导入成员</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>电子表格</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Connect to {provider}</source>
        <translation>连接到 {provider}</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>客户端 ID：</translation>
    </message>
    <message>
        <source>MailWizard signs in through your organisation&apos;s app registration. Ask whoever manages your {provider} account for an OAuth client of type &quot;Desktop app&quot;: its client ID and its client secret.

Both are kept in your computer&apos;s password store.</source>
        <translation>MailWizard 通过您组织的应用注册来登录。请向负责管理您 {provider} 账号的人员索取类型为“Desktop app”（桌面应用）的 OAuth 客户端：它的客户端 ID 和客户端密钥。

这两项都会保存在您电脑的系统密码库中。</translation>
    </message>
    <message>
        <source>MailWizard signs in through your organisation&apos;s app registration. Ask whoever manages your {provider} account for the app registration&apos;s Application (client) ID, with &quot;Allow public client flows&quot; on and http://127.0.0.1 as a redirect URI.

It is kept in your computer&apos;s password store.</source>
        <translation>MailWizard 通过您组织的应用注册来登录。请向负责管理您 {provider} 账号的人员索取应用注册的 Application (client) ID，该应用注册需开启“Allow public client flows”，并将 http://127.0.0.1 添加为重定向 URI。

它会保存在您电脑的系统密码库中。</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>客户端密钥：</translation>
    </message>
    <message>
        <source>Choose &amp;key file…</source>
        <translation>选择密钥文件(&amp;K)…</translation>
    </message>
    <message>
        <source>an administrator&apos;s address, e.g. admin@yourcompany.com</source>
        <translation>管理员的邮箱地址，例如 admin@yourcompany.com</translation>
    </message>
    <message>
        <source>Service account key:</source>
        <translation>服务账号密钥：</translation>
    </message>
    <message>
        <source>Act as administrator:</source>
        <translation>代表的管理员：</translation>
    </message>
    <message>
        <source>Or, if your organisation does not allow signing in this way: its own service account with domain-wide delegation (Google Workspace only).</source>
        <translation>如果贵公司不允许这样登录，也可以使用贵公司自己的、已开启全网域授权的服务账号（仅限 Google Workspace）。</translation>
    </message>
    <message>
        <source>&amp;Sign in in my browser</source>
        <translation>在浏览器中登录(&amp;S)</translation>
    </message>
    <message>
        <source>Service account key</source>
        <translation>服务账号密钥</translation>
    </message>
</context>
<context>
    <name>RemindDialog</name>
    <message>
        <source>Remind the people who have not signed in</source>
        <translation>提醒尚未登录的人</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>另有 {n} 人</translation>
    </message>
    <message>
        <source>MailWizard will send the invitation again to this person, in their language:</source>
        <translation>MailWizard 将用此人的语言再次发送邀请给：</translation>
    </message>
    <message>
        <source>MailWizard will send the invitation again to these {n} people, each in their language:</source>
        <translation>MailWizard 将用各自的语言再次发送邀请给以下 {n} 人：</translation>
    </message>
    <message>
        <source>Also give them a new temporary &amp;password</source>
        <translation>同时给他们新的临时密码(&amp;P)</translation>
    </message>
    <message>
        <source>Choose this if they have lost the first one. Their old temporary password then stops working, and the reminder carries the new one.</source>
        <translation>如果对方弄丢了第一个临时密码，请选择此项。旧的临时密码将失效，提醒邮件中会附上新密码。</translation>
    </message>
    <message>
        <source>Send the &amp;reminders</source>
        <translation>发送提醒(&amp;R)</translation>
    </message>
    <message>
        <source>Send the &amp;reminder</source>
        <translation>发送提醒(&amp;R)</translation>
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
        <translation>MailWizard 可以在服务商处为上面的日期开启自动回复；最后一天过后会自动关闭。</translation>
    </message>
    <message>
        <source>{why} The files on tab 2 hold each person&apos;s auto-reply text too.</source>
        <translation>{why} 第 2 页保存的文件中也有每个人的自动回复内容。</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>Turning it on…</source>
        <translation>正在开启…</translation>
    </message>
    <message>
        <source>&amp;Who is away:</source>
        <translation>谁不在(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主题(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>内容(&amp;M)：</translation>
    </message>
    <message>
        <source>Meanwhile, &amp;contact:</source>
        <translation>期间请联系(&amp;C)：</translation>
    </message>
    <message>
        <source>u&amp;ntil</source>
        <translation>至(&amp;N)</translation>
    </message>
    <message>
        <source>empty: the usual wording, in each person&apos;s language</source>
        <translation>留空：使用标准文字，按每个人的语言</translation>
    </message>
    <message>
        <source>Leave empty for the usual wording, in each person&apos;s language.</source>
        <translation>留空则使用标准文字，按每个人的语言显示。</translation>
    </message>
    <message>
        <source>an address to write to while they are away (optional)</source>
        <translation>不在期间可联系的邮箱地址（可不填）</translation>
    </message>
    <message>
        <source>In your own wording, {name}, {start}, {end}, {company} and {contact} are filled in for each person.</source>
        <translation>在自己写的内容中，{name}、{start}、{end}、{company} 和 {contact} 会按每个人自动填入。</translation>
    </message>
    <message>
        <source>What senders get &amp;back (for the first person when it is for everyone):</source>
        <translation>发件人会收到的回复(&amp;B)（对所有人设置时显示第一个人的）：</translation>
    </message>
    <message>
        <source>&amp;Turn it on for these dates</source>
        <translation>在这些日期开启(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>The accounts have not been read yet.</source>
        <translation>还没有读取账号。</translation>
    </message>
    <message>
        <source>{provider} does not report {facts}, so those columns say “not reported”. Its admin console may show them.</source>
        <translation>{provider}不提供{facts}，因此这些列显示“未提供”。其管理后台中也许可以看到。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>MailWizard&apos;s sign-in may not read {facts} yet (it needs the permission {needed}). Sign in to {provider} again on step 3 (DNS records), then click Check again.</source>
        <translation>MailWizard 目前的登录还不能读取{facts}（需要权限 {needed}）。请在第 3 步（DNS 记录）重新登录 {provider}，然后点击“再查一次”。</translation>
    </message>
    <message>
        <source>{n} accounts, as {provider} reports them. Accounts with something to look at come first, in bold.</source>
        <translation>{provider}提供的 {n} 个账号。需要查看的账号排在最前面，以粗体显示。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Administrator roles</source>
        <translation>管理员角色</translation>
    </message>
    <message>
        <source>Other addresses</source>
        <translation>其他地址</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>转发到</translation>
    </message>
    <message>
        <source>Mailbox use</source>
        <translation>邮箱用量</translation>
    </message>
    <message>
        <source>Every account</source>
        <translation>所有账号</translation>
    </message>
    <message>
        <source>This is practice: only practice mode&apos;s own accounts change.</source>
        <translation>这是练习：只会更改练习模式自己的账号。</translation>
    </message>
    <message>
        <source>The change is made at {provider} as soon as you confirm.</source>
        <translation>您确认后，{provider}上的设置会立即更改。</translation>
    </message>
    <message>
        <source>{what}: {who}</source>
        <translation>{what}：{who}</translation>
    </message>
    <message>
        <source>What to do: {todo}</source>
        <translation>怎么做：{todo}</translation>
    </message>
    <message>
        <source>{action} ({who})</source>
        <translation>{action}（{who}）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo ({who})</source>
        <translation>撤销（{who}）</translation>
    </message>
    <message>
        <source>Changing it now…</source>
        <translation>正在更改…</translation>
    </message>
    <message>
        <source>Putting it back…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>MailWizard cannot undo this one: the answer to the change was lost, so it does not know exactly what to put back. If needed, put it back in {provider}&apos;s admin console.</source>
        <translation>MailWizard 无法撤销这一项：更改时服务商的回复丢失了，因此不确定该恢复哪些内容。如有需要，请在{provider}管理后台恢复。</translation>
    </message>
    <message>
        <source>{provider} did not answer, so MailWizard cannot tell whether this was done. It does not try again by itself: click Check again to see the account as it is now.</source>
        <translation>{provider}没有回复，所以 MailWizard 无法确定是否已经完成。它不会自动重试：请点击“再查一次”查看账号现在的状态。</translation>
    </message>
    <message>
        <source>Nothing to look at: every account looks as it should.</source>
        <translation>没有需要处理的事项：所有账号都正常。</translation>
    </message>
    <message>
        <source>Things to look at</source>
        <translation>需要查看的事项</translation>
    </message>
    <message>
        <source>the practice provider</source>
        <translation>练习用服务商</translation>
    </message>
    <message>
        <source>Choose the staff spreadsheet</source>
        <translation>选择员工名单表格</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Reading every account from {provider}…</source>
        <translation>正在从{provider}读取所有账号…</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>尚未读取。</translation>
    </message>
    <message>
        <source>1 thing to look at among {total} accounts (read {date}).</source>
        <translation>{total} 个账号中有 1 项需要查看（{date} 读取）。</translation>
    </message>
    <message>
        <source>{n} things to look at among {total} accounts (read {date}).</source>
        <translation>{total} 个账号中有 {n} 项需要查看（{date} 读取）。</translation>
    </message>
    <message>
        <source>All {total} accounts look as they should (read {date}).</source>
        <translation>全部 {total} 个账号都正常（{date} 读取）。</translation>
    </message>
    <message>
        <source>No staff spreadsheet yet. Give the latest list of staff, and MailWizard shows accounts whose person is not on it (someone who has left).</source>
        <translation>还没有员工名单表格。提供最新的员工名单后，MailWizard 会列出不在名单上的人的账号（可能已离职）。</translation>
    </message>
    <message>
        <source>Staff spreadsheet: {file}, {n} people (read {date}).</source>
        <translation>员工名单表格：{file}，共 {n} 人（{date} 读取）。</translation>
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
        <translation>所有账号（{n}）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;All accounts</source>
        <translation>所有账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Mail records</source>
        <translation>邮件解析记录(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Report and reminder</source>
        <translation>报告和提醒(&amp;R)</translation>
    </message>
    <message>
        <source>Review the accounts</source>
        <translation>检查账号</translation>
    </message>
    <message>
        <source>Every few months, check who has an account, who can manage the company&apos;s email, and where mail goes. MailWizard reads every account from {provider}; nothing changes there until you click a button and confirm.</source>
        <translation>每隔几个月，检查一下谁有账号、谁能管理公司邮箱、邮件被转发到哪里。MailWizard 会从{provider}读取所有账号；在您点击按钮并确认之前，不会做任何更改。</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>再查一次(&amp;G)</translation>
    </message>
    <message>
        <source>Choose the sta&amp;ff spreadsheet…</source>
        <translation>选择员工名单表格(&amp;F)…</translation>
    </message>
    <message>
        <source>{purpose}: {what}</source>
        <translation>{purpose}：{what}</translation>
    </message>
    <message>
        <source>The records could not be read just now: the DNS servers did not answer. Check this computer&apos;s internet connection and check again.</source>
        <translation>暂时无法读取这些记录：DNS 服务器没有响应。请检查这台电脑的网络连接，然后再查一次。</translation>
    </message>
    <message>
        <source>1 record has changed since the set-up (checked {date}). Fix it at your DNS host as said below.</source>
        <translation>设置完成后有 1 条记录被改动了（{date} 检查）。请按下面的说明到您的 DNS 服务商处修正。</translation>
    </message>
    <message>
        <source>{n} records have changed since the set-up (checked {date}). Fix them at your DNS host as said below.</source>
        <translation>设置完成后有 {n} 条记录被改动了（{date} 检查）。请按下面的说明到您的 DNS 服务商处修正。</translation>
    </message>
    <message>
        <source>The mail records are as your provider needs them (checked {date}).</source>
        <translation>邮件解析记录都符合服务商的要求（{date} 检查）。</translation>
    </message>
    <message>
        <source>Account review — MailWizard</source>
        <translation>账号检查 — MailWizard</translation>
    </message>
    <message>
        <source>An account review is due: the last one was on {date} (every {n} days).</source>
        <translation>该检查账号了：上次检查是在 {date}（每 {n} 天一次）。</translation>
    </message>
    <message>
        <source>An account review is due: none has been done since the set-up (every {n} days).</source>
        <translation>该检查账号了：设置完成后还没有检查过（每 {n} 天一次）。</translation>
    </message>
    <message>
        <source>Accounts last reviewed on {date}; the next review is due on {next}.</source>
        <translation>上次检查账号是在 {date}；下次检查时间为 {next}。</translation>
    </message>
    <message>
        <source>Every few months, review the accounts: who has left, who can manage the company&apos;s email, where mail is forwarded.</source>
        <translation>每隔几个月检查一次账号：谁已离职、谁能管理公司邮箱、邮件被转发到哪里。</translation>
    </message>
    <message>
        <source>&amp;Review accounts…</source>
        <translation>检查账号(&amp;R)…</translation>
    </message>
    <message>
        <source>Checking the domain&apos;s mail records…</source>
        <translation>正在检查域名的邮件解析记录…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>The records at your DNS host that make company mail arrive and keep others from sending in its name, checked again: someone may have changed them since the set-up.</source>
        <translation>重新检查您在 DNS 服务商处的记录：这些记录让公司邮件能够送达，并防止别人冒用公司名义发信。设置完成后可能有人改动过它们。</translation>
    </message>
    <message>
        <source>Mail records</source>
        <translation>邮件解析记录</translation>
    </message>
    <message>
        <source>Check the records agai&amp;n</source>
        <translation>重新检查记录(&amp;N)</translation>
    </message>
    <message>
        <source>Next step for DMARC: from “none” to “quarantine”</source>
        <translation>DMARC 的下一步：从“none”改为“quarantine”</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>主机记录(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>记录值(&amp;V)：</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>正在保存报告…</translation>
    </message>
    <message>
        <source>Choose the company&apos;s logo</source>
        <translation>选择公司标志</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>图片（{patterns}）</translation>
    </message>
    <message>
        <source>Choose where to save the review report</source>
        <translation>选择检查报告的保存位置</translation>
    </message>
    <message>
        <source>none: the report shows the company&apos;s name only</source>
        <translation>无：报告中只显示公司名称</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Saved {files} in {folder}. Keep them with the company&apos;s records.</source>
        <translation>已将 {files} 保存到 {folder}。请与公司档案一起保管。</translation>
    </message>
    <message>
        <source>A review is due: none has been saved since the set-up (every {n} days).</source>
        <translation>该检查了：设置完成后还没有保存过检查报告（每 {n} 天一次）。</translation>
    </message>
    <message>
        <source>The last review was on {date}: a new one is due (every {n} days).</source>
        <translation>上次检查是在 {date}：该再检查一次了（每 {n} 天一次）。</translation>
    </message>
    <message>
        <source>Last reviewed on {date}. MailWizard reminds you when {n} days have passed.</source>
        <translation>上次检查是在 {date}。满 {n} 天时 MailWizard 会提醒您。</translation>
    </message>
    <message>
        <source>The review report is a dated page with every account and what was found and done, saved as a web page (HTML) and a PDF for the company&apos;s records. Saving it marks this review as done.</source>
        <translation>检查报告是一份注明日期的文档，列出所有账号以及发现的问题和所做的处理，保存为网页（HTML）和 PDF，供公司存档。保存报告即表示本次检查已完成。</translation>
    </message>
    <message>
        <source>Company &amp;logo:</source>
        <translation>公司标志(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;hoose the logo…</source>
        <translation>选择标志(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Without a logo</source>
        <translation>不使用标志(&amp;W)</translation>
    </message>
    <message>
        <source>Remind me to review e&amp;very:</source>
        <translation>提醒我检查的间隔(&amp;V)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Save the review report…</source>
        <translation>保存检查报告(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Not in the staff spreadsheet</source>
        <translation>不在员工名单中</translation>
    </message>
    <message>
        <source>Mail forwarded outside the company</source>
        <translation>邮件被转发到公司外部</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>Still on the temporary password</source>
        <translation>仍在使用临时密码</translation>
    </message>
    <message>
        <source>Mailbox almost full</source>
        <translation>邮箱快满了</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Not used for a long time</source>
        <translation>长时间未使用</translation>
    </message>
    <message>
        <source>Suspend the account…</source>
        <translation>停用账号…</translation>
    </message>
    <message>
        <source>Remove the administrator role…</source>
        <translation>移除管理员角色…</translation>
    </message>
    <message>
        <source>Remove the forwarding…</source>
        <translation>停止转发…</translation>
    </message>
    <message>
        <source>Suspend this account?</source>
        <translation>要停用这个账号吗？</translation>
    </message>
    <message>
        <source>Remove the administrator role?</source>
        <translation>要移除管理员角色吗？</translation>
    </message>
    <message>
        <source>Remove the forwarding?</source>
        <translation>要停止转发吗？</translation>
    </message>
    <message>
        <source>{who} will no longer be able to sign in to email on any device. Their mail is kept, and new mail still arrives.

You can undo this afterwards with Undo: the account can then sign in again.</source>
        <translation>{who} 将无法在任何设备上登录邮箱。邮件会保留，新邮件也照常送达。

之后可以点击“撤销”恢复：账号就能重新登录。</translation>
    </message>
    <message>
        <source>{who} will no longer be an administrator ({role}). They keep their mailbox and can still sign in.

You can undo this afterwards with Undo: MailWizard gives the role back.</source>
        <translation>{who} 将不再是管理员（{role}）。邮箱会保留，也仍然可以登录。

之后可以点击“撤销”恢复：MailWizard 会把角色重新给回。</translation>
    </message>
    <message>
        <source>Mail to {who} will no longer be sent on to {to}. Mail already sent there stays there.

You can undo this afterwards with Undo: MailWizard puts the forwarding back.</source>
        <translation>发给 {who} 的邮件将不再转发到 {to}。已经转发过去的邮件会留在那里。

之后可以点击“撤销”恢复：MailWizard 会重新设置转发。</translation>
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
        <translation>停止转发(&amp;R)</translation>
    </message>
    <message>
        <source>Suspended: nobody can sign in to this account now.</source>
        <translation>已停用：现在无法登录这个账号。</translation>
    </message>
    <message>
        <source>The administrator role was removed.</source>
        <translation>管理员角色已移除。</translation>
    </message>
    <message>
        <source>The forwarding was removed.</source>
        <translation>转发已停止。</translation>
    </message>
    <message>
        <source>Undone: the account can sign in again.</source>
        <translation>已撤销：账号可以重新登录了。</translation>
    </message>
    <message>
        <source>Undone: the administrator role was given back.</source>
        <translation>已撤销：管理员角色已恢复。</translation>
    </message>
    <message>
        <source>Undone: the forwarding was put back.</source>
        <translation>已撤销：转发已恢复。</translation>
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
        <translation>账号是否停用</translation>
    </message>
    <message>
        <source>last sign-in</source>
        <translation>上次登录时间</translation>
    </message>
    <message>
        <source>whether the temporary password was changed</source>
        <translation>是否已修改临时密码</translation>
    </message>
    <message>
        <source>administrator roles</source>
        <translation>管理员角色</translation>
    </message>
    <message>
        <source>other addresses</source>
        <translation>其他地址</translation>
    </message>
    <message>
        <source>forwarding</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>mailbox use</source>
        <translation>邮箱用量</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
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
        <translation>移除了 {address} 的管理员角色</translation>
    </message>
    <message>
        <source>Stopped forwarding {address}&apos;s mail to {target}</source>
        <translation>停止将 {address} 的邮件转发到 {target}</translation>
    </message>
    <message>
        <source>{date}: {what} — putting it back…</source>
        <translation>{date}：{what} — 正在恢复…</translation>
    </message>
    <message>
        <source>{date}: {what} — undone.</source>
        <translation>{date}：{what} — 已撤销。</translation>
    </message>
    <message>
        <source>{date}: {what} — not known whether it was done; click Check again.</source>
        <translation>{date}：{what} — 不确定是否已完成；请点击“再查一次”。</translation>
    </message>
    <message>
        <source>{date}: {what}.</source>
        <translation>{date}：{what}。</translation>
    </message>
    <message>
        <source>Changes made in reviews</source>
        <translation>检查中做过的更改</translation>
    </message>
</context>
<context>
    <name>SharedEditor</name>
    <message>
        <source>The shared address</source>
        <translation>共享地址</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. Sales team</source>
        <translation>例如：销售部</translation>
    </message>
    <message>
        <source>&amp;Who receives its mail:</source>
        <translation>谁收到它的邮件(&amp;W)：</translation>
    </message>
    <message>
        <source>Ever&amp;yone</source>
        <translation>全选(&amp;Y)</translation>
    </message>
    <message>
        <source>Nobo&amp;dy</source>
        <translation>全不选(&amp;D)</translation>
    </message>
    <message>
        <source>Ta&amp;kes mail from outside the company (customers, suppliers)</source>
        <translation>接收公司外部的来信（客户、供应商）(&amp;K)</translation>
    </message>
    <message>
        <source>Untick for an internal list that only colleagues can write to.</source>
        <translation>取消勾选则为内部邮件组，只有同事才能给它发信。</translation>
    </message>
    <message>
        <source>The part before the @: letters, digits, dots, hyphens.</source>
        <translation>@ 前面的部分：字母、数字、点和连字符。</translation>
    </message>
</context>
<context>
    <name>SharedPanel</name>
    <message>
        <source>&amp;Create the shared addresses</source>
        <translation>创建共享地址(&amp;C)</translation>
    </message>
    <message>
        <source>Nothing is created until the shared addresses and aliases are right ({n} to fix): each problem is said beside its row.</source>
        <translation>共享地址和别名全部正确之前不会创建任何内容（还有 {n} 处要修改）：每个问题都写在对应那一行旁边。</translation>
    </message>
    <message>
        <source>Shared addresses and aliases: {done} of {total}</source>
        <translation>共享地址和别名：{done} / {total}</translation>
    </message>
    <message>
        <source>A shared address such as info@ or sales@ delivers each message to several people. Tick the ones you want, then choose who receives their mail; they are created with the accounts.</source>
        <translation>info@、sales@ 这样的共享地址会把每封邮件送给多个人。勾选需要的地址，再选择由谁接收它的邮件；它们会和账号一起创建。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>Mail goes to</source>
        <translation>邮件发给</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Shared addresses</source>
        <translation>共享地址</translation>
    </message>
    <message>
        <source>Steps in the admin console</source>
        <translation>管理后台中的操作步骤</translation>
    </message>
    <message>
        <source>Add a shared add&amp;ress</source>
        <translation>添加共享地址(&amp;R)</translation>
    </message>
    <message>
        <source>Remove i&amp;t</source>
        <translation>删除(&amp;T)</translation>
    </message>
    <message>
        <source>Ticked: created with the accounts. Unticked: left out.</source>
        <translation>勾选：和账号一起创建。不勾选：不创建。</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>{status}: {detail}</source>
        <translation>{status}：{detail}</translation>
    </message>
    <message>
        <source>Suggested: the “{department}” people in your list</source>
        <translation>建议：名单中“{department}”的人员</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Set it up in the {provider} admin console: the steps are below.</source>
        <translation>请在{provider}管理后台中设置：步骤见下方。</translation>
    </message>
    <message>
        <source>MailWizard cannot create it at {provider}: set it up in the admin console, as a group with these people in it.</source>
        <translation>MailWizard 无法在{provider}创建它：请在管理后台中建一个邮件组，把这些人加进去。</translation>
    </message>
    <message>
        <source>Will be created with the accounts</source>
        <translation>将和账号一起创建</translation>
    </message>
    <message>
        <source>To set up the shared addresses in the {provider} admin console:</source>
        <translation>在{provider}管理后台设置共享地址：</translation>
    </message>
    <message>
        <source>To add the aliases in the {provider} admin console:</source>
        <translation>在{provider}管理后台添加别名：</translation>
    </message>
    <message>
        <source>To let people outside the company mail a shared address, in the {provider} admin console:</source>
        <translation>要让公司外部的人也能给共享地址发信，请在{provider}管理后台：</translation>
    </message>
    <message>
        <source>{provider} does not let MailWizard set this: once the address is created, allow everyone to send to it in the admin console (the steps are below the list).</source>
        <translation>{provider}不允许 MailWizard 设置这一项：地址创建后，请在管理后台中允许所有人给它发信（步骤在列表下方）。</translation>
    </message>
    <message>
        <source>Choose a shared address on the left to change it.</source>
        <translation>在左侧选择一个共享地址即可修改。</translation>
    </message>
    <message>
        <source>Created: change it in the admin console.</source>
        <translation>已创建：如需修改，请在管理后台中进行。</translation>
    </message>
    <message>
        <source>Tick “Add” to use this address; then you can change it here.</source>
        <translation>勾选“添加”即可使用这个地址，然后可以在这里修改。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>没有人</translation>
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
        <translation>已创建</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>正在创建</translation>
    </message>
    <message>
        <source>Already taken at {provider} by someone else: choose another address and create again.</source>
        <translation>在{provider}已被其他人占用：请换一个地址，再点击创建。</translation>
    </message>
    <message>
        <source>Not created: {reason}</source>
        <translation>未创建：{reason}</translation>
    </message>
    <message>
        <source>Mail to {address} reaches {people}.</source>
        <translation>发到 {address} 的邮件会送达{people}。</translation>
    </message>
    <message>
        <source>Not yet: {people} — click Create again to add them.</source>
        <translation>还没有：{people}——再点击一次创建即可加入。</translation>
    </message>
    <message>
        <source>{address} — mail reaches {people}</source>
        <translation>{address}——邮件送达{people}</translation>
    </message>
    <message>
        <source>{address} — created; meant for {people} (the provider does not list who receives it)</source>
        <translation>{address}——已创建；应发给{people}（服务商不列出实际收件人）</translation>
    </message>
    <message>
        <source>{address} — not created yet; meant for {people}</source>
        <translation>{address}——尚未创建；应发给{people}</translation>
    </message>
    <message>
        <source>Mail sent to these addresses also arrives in your mailbox: {addresses}</source>
        <translation>寄到以下地址的邮件也会进入您的邮箱：{addresses}</translation>
    </message>
    <message>
        <source>{address} ({name})</source>
        <translation>{address}（{name}）</translation>
    </message>
    <message>
        <source>You also receive the mail sent to: {addresses}</source>
        <translation>发到以下地址的邮件您也会收到：{addresses}</translation>
    </message>
</context>
<context>
    <name>SignaturesWindow</name>
    <message>
        <source>the practice provider</source>
        <translation>练习用服务商</translation>
    </message>
    <message>
        <source>{address}: {problem}</source>
        <translation>{address}：{problem}</translation>
    </message>
    <message>
        <source>Not sure whether it was set for: {addresses}</source>
        <translation>不确定是否已为以下人员设置：{addresses}</translation>
    </message>
    <message>
        <source>The auto-reply is on for {n} people from {start} until {end}.</source>
        <translation>已为 {n} 人开启自动回复，从 {start} 至 {end}。</translation>
    </message>
    <message>
        <source>Choose the company&apos;s logo</source>
        <translation>选择公司标志</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Where to save the signature files</source>
        <translation>签名文件保存到哪里</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Signatures and auto-replies — MailWizard</source>
        <translation>签名和自动回复 — MailWizard</translation>
    </message>
    <message>
        <source>Signatures and auto-replies</source>
        <translation>签名和自动回复</translation>
    </message>
    <message>
        <source>Design the company signature once: each person gets it with their own name and details. Then put it in place for everyone, and set a leave auto-reply when someone is away.</source>
        <translation>公司签名只需设计一次：每个人都会得到带有自己姓名和信息的签名。然后为所有人设置好，并在有人休假时设置自动回复。</translation>
    </message>
    <message>
        <source>&amp;1 Signature</source>
        <translation>签名(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2 Put it in place</source>
        <translation>设置(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3 Leave auto-reply</source>
        <translation>休假自动回复(&amp;3)</translation>
    </message>
</context>
<context>
    <name>SingleWindow</name>
    <message>
        <source>MailWizard is already open with this saved work ({path}), and its window has been brought forward. Please go on there: two windows on the same work would overwrite each other&apos;s changes.</source>
        <translation>MailWizard 已经打开了这份进度（{path}），它的窗口已被移到最前面。请在那个窗口中继续：两个窗口同时处理同一份进度会互相覆盖对方的更改。</translation>
    </message>
    <message>
        <source>MailWizard is already open with this saved work ({path}), perhaps as another user or on another computer. Please go on there, or close it first: two windows on the same work would overwrite each other&apos;s changes.</source>
        <translation>MailWizard 已经打开了这份进度（{path}），可能是另一个用户或另一台电脑打开的。请在那里继续，或先把它关闭：两个窗口同时处理同一份进度会互相覆盖对方的更改。</translation>
    </message>
    <message>
        <source>MailWizard is already open</source>
        <translation>MailWizard 已经打开</translation>
    </message>
    <message>
        <source>MailWizard cannot open your saved work</source>
        <translation>MailWizard 无法打开您已保存的进度</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <source>Checking the old server…</source>
        <translation>正在检查旧服务器…</translation>
    </message>
    <message>
        <source>The old server answered and the password was accepted. Next: each person&apos;s old login on tab 2.</source>
        <translation>旧服务器已回应，密码正确。下一步：在第 2 页填写每个人的旧登录名。</translation>
    </message>
    <message>
        <source>Open {service}</source>
        <translation>打开{service}</translation>
    </message>
    <message>
        <source>Old email &amp;service:</source>
        <translation>旧邮箱服务(&amp;S)：</translation>
    </message>
    <message>
        <source>Its mail se&amp;rver:</source>
        <translation>邮件服务器(&amp;R)：</translation>
    </message>
    <message>
        <source>A login to check &amp;with:</source>
        <translation>用于检查的登录名(&amp;W)：</translation>
    </message>
    <message>
        <source>Its &amp;password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
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
        <translation>某个人的旧邮箱地址或登录名，例如 wang@old-company.com</translation>
    </message>
    <message>
        <source>used only for this check, not kept</source>
        <translation>只用于这次检查，不会保存</translation>
    </message>
    <message>
        <source>&amp;Check the old server</source>
        <translation>检查旧服务器(&amp;C)</translation>
    </message>
    <message>
        <source>Before copying, MailWizard checks that the old server answers securely and accepts the login. It never deletes or changes anything there.</source>
        <translation>复制之前，MailWizard 会先检查旧服务器能否安全连接并接受登录。它绝不会删除或改动旧服务器上的任何内容。</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一步</translation>
    </message>
    <message>
        <source>Who copies the mail</source>
        <translation>由谁复制邮件</translation>
    </message>
    <message>
        <source>MailWizard copies it, person by person (keep this computer on until it is done)</source>
        <translation>由 MailWizard 逐人复制（复制完成前请保持这台电脑开机）</translation>
    </message>
    <message>
        <source>{provider} copies it itself: MailWizard prepares the file its admin console asks for</source>
        <translation>由 {provider} 自己复制：MailWizard 准备好其管理后台所需的文件</translation>
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
        <translation>需要您处理</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Company &amp; domain</source>
        <translation>公司与域名</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>DNS 记录</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>What was set up</source>
        <translation>已完成的设置</translation>
    </message>
    <message>
        <source>This was practice: nothing was created at a real provider, and it is all forgotten when you close this window. To set up your company&apos;s email for real, start MailWizard without practice mode and choose your provider.</source>
        <translation>这是一次练习：没有在任何真实服务商那里创建任何内容，关闭此窗口后全部清除。要正式为公司设置邮箱，请以普通方式（不使用练习模式）启动 MailWizard，然后选择您的服务商。</translation>
    </message>
    <message>
        <source>Almost done: the accounts exist, but some DNS records still need you, so email may not arrive yet. Go back to step 3 (DNS records) and do what its “What to do” column says.</source>
        <translation>快完成了：账号已经创建，但还有 DNS 记录需要您处理，邮件可能还收不到。请回到第 3 步“DNS 记录”，按“操作”一栏处理。</translation>
    </message>
    <message>
        <source>The accounts exist, but the DNS records could not be checked just now: the DNS servers did not answer. Check this computer&apos;s internet connection; the records are checked again whenever MailWizard is open.</source>
        <translation>账号已经创建，但现在无法检查 DNS 记录：DNS 服务器没有响应。请检查这台电脑的网络连接；只要 MailWizard 开着，就会再次检查这些记录。</translation>
    </message>
    <message>
        <source>Your company email is set up. This is what was done; it stays saved on this computer, so you can come back to it at any time.</source>
        <translation>公司邮箱已经设置好了。下面是已完成的内容；这些信息保存在这台电脑上，您随时可以回来查看。</translation>
    </message>
    <message>
        <source>Provider and plan</source>
        <translation>服务商和套餐</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>预计费用</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{url}&quot;&gt;check current price&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{url}&quot;&gt;查看最新价格&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>{name} ({ascii})</source>
        <translation>{name}（{ascii}）</translation>
    </message>
    <message>
        <source>found at practice mode&apos;s own DNS server</source>
        <translation>已在练习模式自带的 DNS 服务器上找到</translation>
    </message>
    <message>
        <source>exists on the internet</source>
        <translation>已在互联网上存在</translation>
    </message>
    <message>
        <source>has no DNS servers yet</source>
        <translation>还没有 DNS 服务器</translation>
    </message>
    <message>
        <source>not checked yet: no network</source>
        <translation>尚未检查：没有网络连接</translation>
    </message>
    <message>
        <source>{domain} — {status}</source>
        <translation>{domain}——{status}</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>DNS 记录</translation>
    </message>
    <message>
        <source>all that mail needs is correct; optional and not added yet: {records}</source>
        <translation>邮件所需的记录都已正确；可选、尚未添加：{records}</translation>
    </message>
    <message>
        <source>all correct</source>
        <translation>全部正确</translation>
    </message>
    <message>
        <source>1 record to add or fix on step 3</source>
        <translation>第 3 步还有 1 条记录要添加或修改</translation>
    </message>
    <message>
        <source>{n} records to add or fix on step 3</source>
        <translation>第 3 步还有 {n} 条记录要添加或修改</translation>
    </message>
    <message>
        <source>ownership proven; the other records are still on their way, and MailWizard checks them again whenever it is open</source>
        <translation>域名所有权已验证；其余记录仍在生效中，MailWizard 每次打开时都会再次检查</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>{created} of {total} accounts exist</source>
        <translation>已有 {created} 个账号（共 {total} 个）</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>not sent by email: the hand-over sheets were given out instead</source>
        <translation>未发送邮件邀请：已改用交接单</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>全部已发送</translation>
    </message>
    <message>
        <source>Later, to add or remove people, reset a password or change a plan, sign in to the &lt;a href=&quot;{console}&quot;&gt;{provider} admin console&lt;/a&gt; as the administrator.</source>
        <translation>以后如需添加或删除人员、重置密码或更换套餐，请以管理员身份登录&lt;a href=&quot;{console}&quot;&gt;{provider}管理后台&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>&amp;Open the {provider} admin console</source>
        <translation>打开{provider}管理后台(&amp;O)</translation>
    </message>
    <message>
        <source>Shared addresses</source>
        <translation>共享地址</translation>
    </message>
    <message>
        <source>{name}: {addresses}</source>
        <translation>{name}：{addresses}</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>{cost} a month for the 1 account that exists</source>
        <translation>已有的 1 个账号每月 {cost}</translation>
    </message>
    <message>
        <source>{cost} a month for the {n} accounts that exist</source>
        <translation>已有的 {n} 个账号每月 {cost}</translation>
    </message>
    <message>
        <source>{cost} a month for 1 person (the number planned in step 1; no account exists yet)</source>
        <translation>1 人每月 {cost}（第 1 步计划的人数；还没有任何账号）</translation>
    </message>
    <message>
        <source>{cost} a month for {n} people (the number planned in step 1; no account exists yet)</source>
        <translation>{n} 人每月 {cost}（第 1 步计划的人数；还没有任何账号）</translation>
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
        <translation>MailWizard 正在检查您的电子邮件记录</translation>
    </message>
    <message>
        <source>Open MailWizard</source>
        <translation>打开 MailWizard</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
</TS>
