// The short English page /en/ (issue 20): what the site is and the three openings, one paragraph
// each, with links into the Norwegian pages. Facts are summarised from the rule pages, which carry
// the sources; the lengths come from content/tall.json. Norwegian terms are marked in the page.
import { figure, formatValue } from '../lib/figures';
import { urls } from '../lib/urls';

const length = (id: string) => formatValue(figure(id), 'en');

export const enPage = {
  title: 'Inkluderingsguiden in English',
  description:
    'A short summary in English: how Norwegian state employers can hire people with disabilities or gaps in their CV.',
  heading: 'Hiring people with disabilities or gaps in their CV in the Norwegian state',
  lead: 'Inkluderingsguiden is a guide in Norwegian for state employers in Norway. It explains the openings in the hiring rules that make it easier to hire people with disabilities or gaps in their CV. A gap in the CV means time away from work, education or training. This page sums up the three main openings in English.',
  aboutTitle: 'What the site is',
  about: [
    'The main rules for hiring in the Norwegian state are strict. A vacant post must be advertised publicly. The best qualified applicant must get the post. Permanent posts are the main rule. These rules are in the State Employees Act. The openings below are exceptions to them.',
    'The site has three parts. The rules pages explain each opening in plain Norwegian, with the section of the law and the source for each rule. The wizard asks a few questions about your need and the candidate, and shows the hiring routes that fit and the next steps. The stories tell what other employers have done.',
  ],
  /** The Act's name in Norwegian, after the first paragraph. */
  actTerm: 'statsansatteloven',
  openingsTitle: 'The three openings',
  openings: [
    {
      id: 'administrative-hiring',
      title: 'Administrative hiring (section 7)',
      text: `You can hire a person directly into a temporary post without advertising it. The post can last up to ${length('sal7-lengde')}, or up to ${length('sal7-personalreglement')} if your staff regulations allow it. You do not need to follow the rules on the best qualified applicant, the recommendation or the hiring board. The hire still needs a ground for a temporary post in section 9 of the Act. You must also tell your staff about the post.`,
      term: 'administrativ ansettelse',
      href: urls.regelverkPage('administrativ-ansettelse'),
      link: 'Read the rules on administrative hiring (in Norwegian)',
    },
    {
      id: 'wage-subsidy-post',
      title: 'A temporary post with a wage subsidy from NAV, without advertising',
      text: `Since 1 July 2022 you can hire a person with a disability or a gap in their CV into a temporary post without advertising it. The post can last up to ${length('saf3a-b-lengde')}. The person must get a temporary wage subsidy from NAV, the Norwegian Labour and Welfare Administration. NAV must approve the subsidy before you hire. The subsidy may end before the post does. You must still hire the best qualified of the candidates you have, and tell your staff about the post. The rule is in section 3a (b) of the regulations to the Act.`,
      term: 'midlertidig lønnstilskudd',
      href: `${urls.regelverkPage('unntak-fra-utlysning')}#lonnstilskudd`,
      link: 'Read the rules on hiring without advertising (in Norwegian)',
    },
    {
      id: 'trainee-programme',
      title: 'The trainee programme in the state',
      text: `Through the trainee programme, a state employer can advertise an ordinary post only for applicants with higher education who have a disability, a gap in their CV or both. The trainee is hired for up to ${length('trainee-lengde')}, and the post can be extended by up to ${length('trainee-forlengelse')}. The Norwegian Agency for Public and Financial Management (DFØ) runs the programme. Since 1 January 2020 you can make the post permanent without advertising it again, if the trainee completed the programme with you and is qualified for the post. DFØ's pages are undated, so ask DFØ whether the programme is running before you plan a trainee post.`,
      term: 'traineeprogrammet i staten',
      href: urls.regelverkPage('traineeprogrammet'),
      link: 'Read the rules on the trainee programme (in Norwegian)',
    },
  ],
  moreTitle: 'More on the site',
  more: 'All employers, also municipalities and private companies, can use the measures from NAV, such as work trials, a mentor and wage subsidies. When a state employer advertises a post, it must interview at least one qualified applicant from each of three groups who have said they belong to it. Two of the groups are applicants with a disability and applicants with a gap in their CV. The employer may also hire an applicant from these two groups who is almost as well qualified as the best.',
  links: [
    { href: urls.veiviser, label: 'The wizard: find the hiring routes that fit (in Norwegian)' },
    { href: urls.regelverk, label: 'All the rules (in Norwegian)' },
    { href: urls.historier, label: 'Stories from employers (in Norwegian)' },
  ],
  linksLabel: 'Go on in Norwegian',
  termLabel: 'In Norwegian:',
  disclaimer:
    'The site gives guidance, not decisions. NAV decides on subsidies. Always check the current law on Lovdata.',
} as const;
