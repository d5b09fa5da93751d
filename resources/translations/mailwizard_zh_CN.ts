<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Dialogs</name>
    <message>
        <source>Your saved work is from a newer MailWizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was saved by a newer version of MailWizard, which this version cannot read. It has been kept, unchanged, at:
{path}

Install the newer version to continue that work, or start again here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved work could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file with your saved work is damaged, so MailWizard starts from the beginning. The damaged file has been kept at:
{path}

If you need what was in it, send that file to your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Your company and its domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain is the part after @ in your company&apos;s email addresses, for example yourcompany.com in anna@yourcompany.com. You need to own it already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Example Trading Ltd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Wang Fang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where we can reach you now, e.g. wangfang@163.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. yourcompany.com or 例子.中国</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail servers see it as {ascii}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} per person a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} per person a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} a month for up to {n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} a year for up to {n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} per person, pooled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand, guided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam and virus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mainland China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worldwide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{url}&quot;&gt;source&lt;/a&gt;, checked {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MailWizard — set up company email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MailWizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you entered in MailWizard is cleared: the plan, your company&apos;s details and the domain. Nothing changes at your email provider or domain registrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear and start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MailWizard {version}
Sets up company email with a hosted provider, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We will use {domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your company&apos;s domain, the part after @ in your email addresses, for example yourcompany.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a web address. Type only the domain, without http:// or slashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an email address. Type only the part after @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the part after the slash (/). Type only the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the colon (:) and the number after it. Type only the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain cannot contain spaces. Check for a space typed by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an IP address, not a domain. Email addresses need a domain name such as yourcompany.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain cannot start with a dot. Remove the first dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are two dots in a row. Remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{char}” cannot be used in a domain. Use letters, digits and hyphens (-) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” starts or ends with a hyphen, which domains do not allow. Remove that hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” has two hyphens in the third and fourth place, which domains do not allow. Check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” starts with xn-- but is not a valid encoded name. Type the domain in its normal letters instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part “{label}” is too long: each part between dots can have at most {max} characters. Check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain is {length} characters long; the limit is {max}. Check what was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” mixes characters that cannot stand together in a domain. Check the spelling, or type the domain as your registrar shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{suffix}” is only the ending. Type your whole domain, for example yourcompany.{suffix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has no ending. Add it, for example {name}.com or {name}.cn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains ending in .{tld} only work inside a local network, so they cannot receive email. Type the domain you registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain cannot end in a number (.{tld}). Check the ending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ending .{tld} does not exist. Check the spelling, for example .com, .cn or .com.tw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{suffix}” is an ending shared by many companies. Type your whole domain, for example yourcompany.{suffix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out “www.”: email addresses use {domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} is part of {domain}. Email is usually set up for the whole domain, so type {domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address needs an @, for example name@yourcompany.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address has only one @. Check what was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before @ (“{local}”) is not valid. Use letters, digits, dots, hyphens or underscores, with no dot at the start or end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before @ is too long: at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part after @ (“{domain}”) is not a valid domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that {domain} exists on the internet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} exists. Its DNS is managed at {nameservers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} does not exist on the internet yet. A domain must be registered before it can receive email. Register it at a registrar, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} is registered but has no DNS servers yet, so it cannot receive email. Ask your registrar to set its DNS servers; you can continue meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not reach the internet to check {domain}. Check the network, proxy or firewall. You can continue and we will check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be saved: {reason}. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({reason}). Your work is kept; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Choose your email provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us how many people need a mailbox and what you can spend. We compare the plans and suggest one; click a row to choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who need a mailbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget per month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where most of your staff work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere (Taiwan, Hong Kong, abroad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data stored in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits your needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check current price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan with a confirmed price can hold {n} people. Check the providers&apos; own pages for larger plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We suggest {plan}: it holds your {n} people for {cost} a month, and MailWizard can create the accounts for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We suggest {plan}: it holds your {n} people for {cost} a month. You will create the accounts in its console, and we guide you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan fits your budget. The cheapest plan for {n} people is {plan} at {cost} a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan chosen yet. Click a row in the table to choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed — &lt;a href=&quot;{url}&quot;&gt;check current price&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{url}&quot;&gt;Provider&apos;s website&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp; domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you chose is saved on this computer. You can close MailWizard and come back: it opens where you stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cost} a month for {n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{url}&quot;&gt;check current price&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists on the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no DNS servers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet: no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: sign up for this plan on &lt;a href=&quot;{site}&quot;&gt;{provider}&apos;s website&lt;/a&gt;, then sign in to its &lt;a href=&quot;{console}&quot;&gt;admin console&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
